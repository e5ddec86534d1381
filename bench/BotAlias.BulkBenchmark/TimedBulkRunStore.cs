using System.Diagnostics;
using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;

namespace BotAlias.BulkBenchmark;

/// <summary>The store with a stopwatch around every call, so the run can say what share of its time the store took.</summary>
internal sealed class TimedBulkRunStore(IBulkRunStore inner) : IBulkRunStore
{
    private long _ticks;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    public Task<(BulkRun Run, bool Created)> CreateAsync(BulkRun run, IReadOnlyList<BulkItem> items, AuditEntry audit, CancellationToken cancellationToken = default) =>
        TimeAsync(() => inner.CreateAsync(run, items, audit, cancellationToken));

    public Task<BulkRun?> FindAsync(string runId, CancellationToken cancellationToken = default) =>
        TimeAsync(() => inner.FindAsync(runId, cancellationToken));

    public Task<IReadOnlyList<BulkRun>> ListByRequesterAsync(string requesterId, int limit, CancellationToken cancellationToken = default) =>
        TimeAsync(() => inner.ListByRequesterAsync(requesterId, limit, cancellationToken));

    public Task<bool> UpdateAsync(
        BulkRun updated, long expectedVersion, IReadOnlyList<AuditEntry> audit, IReadOnlyList<OutboxMessage> enqueue, CancellationToken cancellationToken = default) =>
        TimeAsync(() => inner.UpdateAsync(updated, expectedVersion, audit, enqueue, cancellationToken));

    public Task<IReadOnlyList<BulkItem>> ListItemsAsync(
        string runId, IReadOnlyCollection<BulkItemStatus>? statuses, int afterSequence, int limit, CancellationToken cancellationToken = default) =>
        TimeAsync(() => inner.ListItemsAsync(runId, statuses, afterSequence, limit, cancellationToken));

    public Task<BulkRunCounts> CountAsync(string runId, CancellationToken cancellationToken = default) =>
        TimeAsync(() => inner.CountAsync(runId, cancellationToken));

    public async Task UpdateItemsAsync(string runId, IReadOnlyList<BulkItemUpdate> updates, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default) =>
        await TimeAsync(() => Wrap(inner.UpdateItemsAsync(runId, updates, audit, cancellationToken)));

    public void Reset() => Interlocked.Exchange(ref _ticks, 0);

    private static async Task<bool> Wrap(Task task)
    {
        await task;
        return true;
    }

    private async Task<T> TimeAsync<T>(Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - started);
        }
    }
}
