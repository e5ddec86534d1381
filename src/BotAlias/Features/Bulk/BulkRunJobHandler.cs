using System.Collections.Concurrent;
using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Execution;
using BotAlias.Core.Outbox;
using BotAlias.Outbox;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.Bulk;

/// <summary>
/// Works on an approved run one slice at a time: each slice is one queued job that writes batches until its time is
/// up, then queues the next (later, when the services asked us to back off). A restart finds the job still queued
/// and goes on from the stored items; a paused or cancelled run simply queues nothing more.
/// </summary>
public sealed class BulkRunJobHandler(
    IBulkRunStore store,
    BulkRunExecutor executor,
    BulkNotifier notifier,
    BulkRates rates,
    IOutbox outbox,
    OutboxSignal signal,
    IOptions<BulkFeatureOptions> options,
    TimeProvider clock,
    ILogger<BulkRunJobHandler> logger) : IOutboxHandler
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastCardUpdate = new(StringComparer.OrdinalIgnoreCase);

    public string Kind => BulkJobs.Run;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        if (BulkJobs.RunId(lease.Payload) is not { } id || await store.FindAsync(id, cancellationToken) is not { } run)
        {
            return;
        }

        if (run.State == BulkRunState.Approved)
        {
            run = await MoveAsync(run, BulkRunTrigger.Start, "bulk.started", null, cancellationToken);
        }

        if (!BulkRunStateMachine.IsWriting(run.State))
        {
            return;
        }

        var slice = await executor.RunSliceAsync(run.Id, cancellationToken);
        rates.Record(run.Id, slice.ItemsPerSecond);
        switch (slice.Kind)
        {
            case BulkSliceKind.Finished:
                var latest = await store.FindAsync(run.Id, cancellationToken) ?? run;
                var trigger = latest.State == BulkRunState.Undoing ? BulkRunTrigger.FinishUndo : BulkRunTrigger.Complete;
                var counts = await store.CountAsync(run.Id, cancellationToken);
                var details = trigger == BulkRunTrigger.Complete
                    ? $"{counts[BulkItemStatus.Done]} done, {counts[BulkItemStatus.Failed]} failed"
                    : $"{counts[BulkItemStatus.Undone]} undone, {counts[BulkItemStatus.UndoFailed]} could not be undone";
                await MoveAsync(latest, trigger, trigger == BulkRunTrigger.Complete ? "bulk.completed" : "bulk.undone", details, cancellationToken);
                _lastCardUpdate.TryRemove(run.Id, out _);
                return;
            case BulkSliceKind.MoreToDo:
            case BulkSliceKind.Backoff:
                var notBefore = clock.GetUtcNow() + (slice.Kind == BulkSliceKind.Backoff ? slice.Delay : TimeSpan.Zero);
                await outbox.EnqueueAsync(BulkJobs.RunJob(run.Id, $"after-{lease.Id}", notBefore), cancellationToken);
                signal.Notify();
                if (slice.Kind == BulkSliceKind.Backoff)
                {
                    logger.LogInformation("Bulk run {RunId} backs off for {Delay} (throttled)", run.Id, slice.Delay);
                }

                await UpdateProgressCardAsync(run.Id, cancellationToken);
                return;
            default:
                return; // Paused or cancelled meanwhile: the move that did so has already told everyone.
        }
    }

    /// <summary>After the last retry (the store or the directory kept failing) the run is paused with the reason, so an admin can Resume it.</summary>
    public async Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken)
    {
        if (BulkJobs.RunId(lease.Payload) is { } id && await store.FindAsync(id, cancellationToken) is { } run)
        {
            logger.LogError("Bulk run {RunId} could not go on: {Reason}", id, reason);
            if (run.State == BulkRunState.Running)
            {
                await MoveAsync(run, BulkRunTrigger.Pause, "bulk.paused", "paused after repeated failures: " + reason, cancellationToken);
            }
        }
    }

    private async Task UpdateProgressCardAsync(string runId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_lastCardUpdate.TryGetValue(runId, out var last) && now - last < options.Value.ProgressCardInterval)
        {
            return;
        }

        _lastCardUpdate[runId] = now;
        if (await store.FindAsync(runId, cancellationToken) is { } run)
        {
            await notifier.ShowRequesterCardAsync(run, cancellationToken);
        }
    }

    private async Task<BulkRun> MoveAsync(BulkRun run, BulkRunTrigger trigger, string action, string? details, CancellationToken cancellationToken)
    {
        var (current, written) = await store.ApplyAsync(
            run,
            latest =>
            {
                if (!BulkRunStateMachine.TryFire(latest.State, trigger, out _))
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var next = latest.Fire(trigger, now) with { Reason = trigger == BulkRunTrigger.Pause ? details : latest.Reason };
                List<AuditEntry> audit = [BulkAudit.ByBot(now, action, next, latest.State.ToString(), next.State.ToString(), details)];
                return new BulkRunChange(next, audit, [BulkJobs.StatusJob(next.Id, next.Version)]);
            },
            cancellationToken);
        if (written)
        {
            signal.Notify();
        }

        return current;
    }
}
