using BotAlias.AdaptiveCards;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>Tells the requester what happened, and shows the current state on their card and every approval card.</summary>
public sealed class BulkStatusJobHandler(IBulkRunStore store, BulkNotifier notifier) : IOutboxHandler
{
    public string Kind => BulkJobs.Status;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        if (BulkJobs.RunId(lease.Payload) is not { } id || await store.FindAsync(id, cancellationToken) is not { } run)
        {
            return;
        }

        await notifier.UpdateApprovalCardsAsync(run, cancellationToken);
        await notifier.ShowRequesterCardAsync(run, cancellationToken);
        if (run.RequesterConversationId is { } conversation
            && Message(run, await store.CountAsync(run.Id, cancellationToken), BulkJobs.Read(lease.Payload, "comment")) is { } message)
        {
            await notifier.TellAsync(conversation, message, cancellationToken);
        }
    }

    public Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

    public static string? Message(BulkRun run, BulkRunCounts counts, string? comment)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(counts);
        var by = CardText.Escape(run.DecidedByName ?? run.Approver?.DisplayName ?? "The approver");
        return run.State switch
        {
            BulkRunState.Approved => $"{by} approved bulk run {run.Id}. Starting now; its card shows the progress.",
            BulkRunState.Rejected => $"{by} rejected bulk run {run.Id}. Nothing was changed."
                + (string.IsNullOrWhiteSpace(comment) ? "" : $" Their comment: \"{CardText.Escape(comment, 500)}\""),
            BulkRunState.Completed when counts[BulkItemStatus.Failed] > 0 =>
                $"Bulk run {run.Id} finished: {counts[BulkItemStatus.Done]:N0} changed, {counts[BulkItemStatus.Failed]:N0} failed. The card lists why; Retry sends the failed ones again.",
            BulkRunState.Completed => $"Bulk run {run.Id} finished: all {counts[BulkItemStatus.Done]:N0} changed.",
            BulkRunState.Cancelled when counts[BulkItemStatus.Done] > 0 =>
                $"Bulk run {run.Id} is cancelled. {counts[BulkItemStatus.Done]:N0} changes were already made; Undo on its card reverses them.",
            BulkRunState.Cancelled => $"Bulk run {run.Id} is cancelled. Nothing was changed.",
            BulkRunState.Paused when run.Reason is { } reason => $"Bulk run {run.Id} is paused: {CardText.Escape(reason, 500)}. Resume on its card goes on from where it stopped.",
            BulkRunState.Undone when counts[BulkItemStatus.UndoFailed] > 0 =>
                $"Bulk run {run.Id} is undone, except {counts[BulkItemStatus.UndoFailed]:N0} changes that could not be reversed; its CSV lists them.",
            BulkRunState.Undone => $"Bulk run {run.Id} is undone: every change it made is reversed.",
            _ => null,
        };
    }
}
