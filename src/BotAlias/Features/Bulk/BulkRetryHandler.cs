using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>
/// Sends the failed items of a finished run again, within what was approved: the same changes to the same people.
/// They are put back to pending before the run moves, so a crash in between leaves them for the next Retry.
/// </summary>
public sealed class BulkRetryHandler(ActorResolver actors, IBulkRunStore store, BulkCards cards, OutboxSignal signal, TimeProvider clock)
    : BulkControlHandler(actors, store, cards, signal, clock)
{
    private const int Page = 1000;

    public override string Verb => BulkVerbs.Retry;

    protected override BulkRunTrigger Trigger => BulkRunTrigger.RetryFailed;

    protected override string Action => "bulk.retried";

    protected override IEnumerable<OutboxMessage> Jobs(BulkRun moved, DateTimeOffset now) => [BulkJobs.RunJob(moved.Id, $"v{moved.Version}", now)];

    protected override async Task PrepareAsync(BulkRun run, Actor actor, CancellationToken cancellationToken)
    {
        var after = 0;
        while (true)
        {
            var failed = await Store.ListItemsAsync(run.Id, [BulkItemStatus.Failed], after, Page, cancellationToken);
            if (failed.Count == 0)
            {
                return;
            }

            var now = Clock.GetUtcNow();
            await Store.UpdateItemsAsync(run.Id, [.. failed.Select(i => new BulkItemUpdate(i.Sequence, BulkItemStatus.Pending, null, 0, now))], [], cancellationToken);
            after = failed[^1].Sequence;
        }
    }
}
