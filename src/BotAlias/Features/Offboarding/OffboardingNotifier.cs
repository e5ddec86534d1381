using BotAlias.AdaptiveCards;
using BotAlias.Bot;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.State;
using BotAlias.Core.Offboarding;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>Brings a request's news to the people concerned: the requester's status card and thread, and the approvers' cards.</summary>
public sealed class OffboardingNotifier(
    IConnectorClient connector,
    IConversationReferenceStore references,
    OffboardingCardLedger ledger,
    ActorResolver actors,
    TimeProvider clock,
    ILogger<OffboardingNotifier> logger)
{
    /// <summary>Updates the requester's status card in place. Best effort: the card may be gone, the thread still tells the story.</summary>
    public async Task UpdateStatusCardAsync(OffboardingRequest request, CancellationToken cancellationToken)
    {
        if (request.StatusActivityId is not { } activityId || await RequesterReferenceAsync(request, cancellationToken) is not { } reference)
        {
            return;
        }

        var offerUndo = request.Kind == OffboardingRequestKind.Offboarding && request.State == OffboardingRequestState.Completed
            && await actors.IsAdminAsync(request.RequesterId, cancellationToken);
        var card = OffboardingStatusCard.Create(request, clock.GetUtcNow(), await ColleagueNoticeAsync(request, cancellationToken), offerUndo);
        await UpdateCardAsync(reference, activityId, card, cancellationToken);
    }

    /// <summary>Posts <paramref name="message"/> (our own words, names already escaped) in the requester's chat.</summary>
    public async Task TellRequesterAsync(OffboardingRequest request, string message, CancellationToken cancellationToken)
    {
        if (await RequesterReferenceAsync(request, cancellationToken) is not { } reference)
        {
            logger.LogWarning("Offboarding request {RequestId} has no conversation to report to", request.Id);
            return;
        }

        try
        {
            await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, AliasNotifier.Address(reference, CardMessages.Text(message)), cancellationToken);
        }
        catch (ConnectorException ex) when (ex.IsBotBlocked)
        {
            logger.LogInformation("Requester of {RequestId} has blocked the bot", request.Id);
        }
    }

    /// <summary>Shows every approver the current state of the request, on the cards they were sent.</summary>
    public async Task UpdateApprovalCardsAsync(OffboardingRequest request, CancellationToken cancellationToken)
    {
        var card = OffboardingApprovalCard.Create(request, clock.GetUtcNow());
        foreach (var sent in (await ledger.ListAsync(request.Id, cancellationToken)).Where(c => c.ActivityId.Length > 0))
        {
            if (await references.FindByConversationAsync(sent.ConversationId, cancellationToken) is { } reference)
            {
                await UpdateCardAsync(reference, sent.ActivityId, card, cancellationToken);
            }
        }
    }

    /// <summary>The status card's line about the colleague, once they were told (or could not be).</summary>
    public async Task<string?> ColleagueNoticeAsync(OffboardingRequest request, CancellationToken cancellationToken)
    {
        if (request.ColleagueName is not { } colleague)
        {
            return null;
        }

        var name = CardText.Escape(colleague);
        return await ledger.ColleagueOutcomeAsync(request.Id, cancellationToken) switch
        {
            OffboardingCardLedger.Told => $"{name} was told in Teams what they now receive, and why.",
            OffboardingCardLedger.Unreachable => $"{name} could not be reached in Teams: please tell them yourself what they now receive.",
            _ => null,
        };
    }

    public async Task<ConversationReference?> RequesterReferenceAsync(OffboardingRequest request, CancellationToken cancellationToken) =>
        request.RequesterConversationId is { } conversationId ? await references.FindByConversationAsync(conversationId, cancellationToken) : null;

    private async Task UpdateCardAsync(ConversationReference reference, string activityId, AdaptiveCard card, CancellationToken cancellationToken)
    {
        try
        {
            await connector.UpdateAsync(reference.ServiceUrl, reference.ConversationId, activityId, AliasNotifier.Address(reference, CardMessages.Card(card)), cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.LogInformation("Could not update card {ActivityId}: {Error}", activityId, ex.Message);
        }
    }
}
