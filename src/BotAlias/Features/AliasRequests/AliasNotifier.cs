using BotAlias.AdaptiveCards;
using BotAlias.Bot;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;
using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

/// <summary>Brings a request's news to the people concerned: the requester's thread and cards, and the approver's card.</summary>
public sealed class AliasNotifier(IConnectorClient connector, IConversationReferenceStore references, ApprovalCardLedger ledger, ILogger<AliasNotifier> logger)
{
    /// <summary>
    /// Updates the requester's status card in place and posts <paramref name="message"/> in their thread.
    /// Only the message can fail the call (and so be retried): card updates and the channel note are
    /// best effort, so a retry never repeats a message that was already posted.
    /// </summary>
    public async Task TellRequesterAsync(AliasRequest request, string? message, CancellationToken cancellationToken)
    {
        if (request.RequesterConversationId is not { } conversationId
            || await references.FindByConversationAsync(conversationId, cancellationToken) is not { } reference)
        {
            logger.LogWarning("Request {RequestId} has no conversation to report to", request.Id);
            return;
        }

        if (request.StatusActivityId is { } statusId)
        {
            await UpdateCardAsync(reference, statusId, AliasStatusCard.Create(request), cancellationToken);
        }

        if (message is not null)
        {
            try
            {
                await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, Address(reference, CardMessages.Text(message)), cancellationToken);
            }
            catch (ConnectorException ex) when (ex.IsBotBlocked)
            {
                // The requester blocked or removed the bot: retrying cannot reach them.
                logger.LogInformation("Requester of {RequestId} has blocked the bot", request.Id);
            }

            await TellOriginAsync(request, cancellationToken);
        }
    }

    /// <summary>A request asked in a channel gets its news in that channel's reply chain too, without its details.</summary>
    private async Task TellOriginAsync(AliasRequest request, CancellationToken cancellationToken)
    {
        if (request.OriginConversationId is not { } origin || await references.FindByConversationAsync(origin, cancellationToken) is not { } reference)
        {
            return;
        }

        var news = $"Alias request {request.Id}: {OriginStatus(request.State)}. Details are in the requester's private chat with me.";
        try
        {
            await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, Address(reference, CardMessages.Text(news)), cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.LogInformation("Could not post news of {RequestId} to its channel: {Error}", request.Id, ex.Message);
        }
    }

    private static string OriginStatus(RequestState state) => state switch
    {
        RequestState.Approved or RequestState.Provisioning => "approved, being set up",
        RequestState.Completed => "done",
        RequestState.Rejected => "not approved",
        RequestState.Cancelled => "cancelled",
        RequestState.Failed => "could not be completed",
        _ => "waiting for approval",
    };

    /// <summary>Shows every approver the decided state of the request, on the cards they were sent.</summary>
    public async Task UpdateApprovalCardAsync(AliasRequest request, IReadOnlyList<string> findings, CancellationToken cancellationToken)
    {
        var cards = (await ledger.ListAsync(request.Id, cancellationToken)).Select(c => (c.ConversationId, c.ActivityId)).ToList();
        if (request.ApprovalConversationId is { } conversationId && request.ApprovalActivityId is { } activityId && !cards.Contains((conversationId, activityId)))
        {
            cards.Add((conversationId, activityId));
        }

        var card = AliasApprovalCard.Create(request, findings);
        foreach (var (conversation, activity) in cards.Where(c => c.ActivityId.Length > 0))
        {
            if (await references.FindByConversationAsync(conversation, cancellationToken) is { } reference)
            {
                await UpdateCardAsync(reference, activity, card, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Posts <paramref name="message"/> beside every approval card of the request (a reminder, an escalation).
    /// Best effort: a chat that cannot take it is logged and skipped, so a retry never repeats it elsewhere.
    /// </summary>
    /// <returns>How many conversations were told.</returns>
    public async Task<int> TellApproversAsync(AliasRequest request, string message, CancellationToken cancellationToken)
    {
        var conversations = (await ledger.ListAsync(request.Id, cancellationToken)).Select(c => c.ConversationId).ToList();
        if (request.ApprovalConversationId is { } first)
        {
            conversations.Add(first);
        }

        var told = 0;
        foreach (var conversation in conversations.Distinct(StringComparer.Ordinal))
        {
            if (await references.FindByConversationAsync(conversation, cancellationToken) is not { } reference)
            {
                continue;
            }

            try
            {
                await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, Address(reference, CardMessages.Text(message)), cancellationToken);
                told++;
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
            {
                logger.LogInformation("Could not tell the approvers of {RequestId} in {ConversationId}: {Error}", request.Id, conversation, ex.Message);
            }
        }

        return told;
    }

    private async Task UpdateCardAsync(ConversationReference reference, string activityId, AdaptiveCard card, CancellationToken cancellationToken)
    {
        try
        {
            await connector.UpdateAsync(reference.ServiceUrl, reference.ConversationId, activityId, Address(reference, CardMessages.Card(card)), cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // The card was deleted, cannot be edited any more, or the connector is struggling: the message in
            // the thread still tells the story.
            logger.LogInformation("Could not update card {ActivityId}: {Error}", activityId, ex.Message);
        }
    }

    public static Activity Address(ConversationReference reference, Activity message) => message with
    {
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Conversation = new ConversationAccount { Id = reference.ConversationId, ConversationType = reference.ConversationType, TenantId = reference.TenantId },
        From = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
        Recipient = new ChannelAccount { Id = reference.UserId, Name = reference.UserName, AadObjectId = reference.UserAadObjectId },
    };
}
