using BotAlias.AdaptiveCards;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>Gets a submitted run in front of its approvers; when nobody can be reached, the admin hears so (never silently stuck).</summary>
public sealed class BulkNotifyApproversJobHandler(
    IBulkRunStore store, BulkApprovalDelivery delivery, BulkNotifier notifier, ILogger<BulkNotifyApproversJobHandler> logger) : IOutboxHandler
{
    public string Kind => BulkJobs.NotifyApprovers;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        if (BulkJobs.RunId(lease.Payload) is not { } id
            || await store.FindAsync(id, cancellationToken) is not { State: BulkRunState.PendingApproval } run)
        {
            return;
        }

        if (await delivery.SendAsync(run, await notifier.RequesterReferenceAsync(run, cancellationToken), cancellationToken) == 0)
        {
            logger.LogWarning("No approver of bulk run {RunId} can be reached in Teams", run.Id);
            await TellUnreachableAsync(run, cancellationToken);
        }
    }

    public async Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken)
    {
        if (BulkJobs.RunId(lease.Payload) is { } id && await store.FindAsync(id, cancellationToken) is { State: BulkRunState.PendingApproval } run)
        {
            await TellUnreachableAsync(run, cancellationToken);
        }
    }

    private Task TellUnreachableAsync(BulkRun run, CancellationToken cancellationToken) =>
        run.RequesterConversationId is { } conversation
            ? notifier.TellAsync(conversation, $"I could not get bulk run {run.Id} in front of anyone in {CardText.Escape(run.Approver?.DisplayName ?? "the approvers group")} in Teams. It still waits; ask another approver to open BotAlias, or cancel it.", cancellationToken)
            : Task.CompletedTask;
}
