using BotAlias.AdaptiveCards;
using BotAlias.Bot;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;
using BotAlias.Core.Bulk;
using BotAlias.Features.AliasRequests;

namespace BotAlias.Features.Bulk;

/// <summary>Brings a run's news to the people concerned: the requester's card (updated in place) and thread, and the approvers' cards.</summary>
public sealed class BulkNotifier(
    IConnectorClient connector,
    IConversationReferenceStore references,
    IBulkRunStore store,
    BulkApprovalLedger ledger,
    BulkCards cards,
    ILogger<BulkNotifier> logger)
{
    /// <summary>
    /// Shows the run on the requester's card, in place. When the run has no card yet, a new one is posted and
    /// remembered, so the next update lands on it; a failed update is not answered with a new card (no spam).
    /// </summary>
    public async Task ShowRequesterCardAsync(BulkRun run, CancellationToken cancellationToken)
    {
        if (run.RequesterConversationId is not { } conversationId
            || await references.FindByConversationAsync(conversationId, cancellationToken) is not { } reference)
        {
            logger.LogWarning("Bulk run {RunId} has no conversation to report to", run.Id);
            return;
        }

        var card = CardMessages.Card(await cards.CurrentAsync(run, run.RequesterId, cancellationToken), $"Bulk change {run.Id}");
        if (run.StatusActivityId is { } activityId)
        {
            await TryUpdateAsync(reference, activityId, card, cancellationToken);
            return;
        }

        try
        {
            var sent = await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, AliasNotifier.Address(reference, card), cancellationToken);
            if (sent.Id is { Length: > 0 } newId)
            {
                await store.ApplyAsync(run, latest => new BulkRunChange(latest with { StatusActivityId = newId, Version = latest.Version + 1 }, [], []), cancellationToken);
            }
        }
        catch (ConnectorException ex) when (ex.IsBotBlocked)
        {
            logger.LogInformation("Requester of {RunId} has blocked the bot", run.Id);
        }
    }

    /// <summary>Posts <paramref name="message"/> (our own words, names already escaped) in the conversation.</summary>
    public async Task TellAsync(string conversationId, string message, CancellationToken cancellationToken)
    {
        if (await references.FindByConversationAsync(conversationId, cancellationToken) is not { } reference)
        {
            return;
        }

        try
        {
            await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, AliasNotifier.Address(reference, CardMessages.Text(message)), cancellationToken);
        }
        catch (ConnectorException ex) when (ex.IsBotBlocked)
        {
            logger.LogInformation("Conversation {ConversationId} has blocked the bot", conversationId);
        }
    }

    /// <summary>Shows every approver the current state of the run, on the cards they were sent.</summary>
    public async Task UpdateApprovalCardsAsync(BulkRun run, CancellationToken cancellationToken)
    {
        foreach (var sent in (await ledger.ListAsync(run.Id, cancellationToken)).Where(c => c.ActivityId.Length > 0))
        {
            if (await references.FindByConversationAsync(sent.ConversationId, cancellationToken) is { } reference)
            {
                var card = CardMessages.Card(await cards.ApprovalAsync(run, sent.ApproverId, cancellationToken));
                await TryUpdateAsync(reference, sent.ActivityId, card, cancellationToken);
            }
        }
    }

    public async Task<ConversationReference?> RequesterReferenceAsync(BulkRun run, CancellationToken cancellationToken) =>
        run.RequesterConversationId is { } conversationId ? await references.FindByConversationAsync(conversationId, cancellationToken) : null;

    private async Task<bool> TryUpdateAsync(ConversationReference reference, string activityId, Activity card, CancellationToken cancellationToken)
    {
        try
        {
            await connector.UpdateAsync(reference.ServiceUrl, reference.ConversationId, activityId, AliasNotifier.Address(reference, card), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.LogInformation("Could not update card {ActivityId}: {Error}", activityId, ex.Message);
            return false;
        }
    }
}
