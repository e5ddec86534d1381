using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;

namespace BotAlias.Core.Tests.Bulk.Execution;

/// <summary><see cref="IBulkRunStore"/> in memory, keeping its promises: versions, source keys, item order, audit with every write.</summary>
internal sealed class InMemoryBulkRunStore : IBulkRunStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, BulkRun> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<int, BulkItem>> _items = new(StringComparer.Ordinal);

    public List<AuditEntry> Audit { get; } = [];

    public List<OutboxMessage> Outbox { get; } = [];

    public int ItemUpdateCalls { get; private set; }

    public Task<(BulkRun Run, bool Created)> CreateAsync(BulkRun run, IReadOnlyList<BulkItem> items, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var seen = run.SourceActivityKey is null ? null : _runs.Values.FirstOrDefault(r => r.SourceActivityKey == run.SourceActivityKey);
            if (seen is not null)
            {
                return Task.FromResult((seen, false));
            }

            _runs.Add(run.Id, run);
            _items.Add(run.Id, new SortedDictionary<int, BulkItem>(items.ToDictionary(i => i.Sequence)));
            Audit.Add(audit);
            return Task.FromResult((run, true));
        }
    }

    public Task<BulkRun?> FindAsync(string runId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_runs.GetValueOrDefault(runId));
        }
    }

    public Task<IReadOnlyList<BulkRun>> ListByRequesterAsync(string requesterId, int limit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<BulkRun> runs = _runs.Values.Where(r => r.RequesterId == requesterId).OrderByDescending(r => r.CreatedAt).Take(limit).ToList();
            return Task.FromResult(runs);
        }
    }

    public Task<bool> UpdateAsync(BulkRun updated, long expectedVersion, IReadOnlyList<AuditEntry> audit, IReadOnlyList<OutboxMessage> enqueue, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_runs.TryGetValue(updated.Id, out var stored) || stored.Version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _runs[updated.Id] = updated;
            Audit.AddRange(audit);
            Outbox.AddRange(enqueue);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<BulkItem>> ListItemsAsync(string runId, IReadOnlyCollection<BulkItemStatus>? statuses, int afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<BulkItem> items = _items.TryGetValue(runId, out var all)
                ? all.Values.Where(i => i.Sequence > afterSequence && (statuses is null || statuses.Contains(i.Status))).Take(limit).ToList()
                : [];
            return Task.FromResult(items);
        }
    }

    public Task<BulkRunCounts> CountAsync(string runId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var counts = _items.TryGetValue(runId, out var all)
                ? new BulkRunCounts(all.Values.GroupBy(i => i.Status).ToDictionary(g => g.Key, g => g.Count()))
                : BulkRunCounts.Empty;
            return Task.FromResult(counts);
        }
    }

    public Task UpdateItemsAsync(string runId, IReadOnlyList<BulkItemUpdate> updates, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        // A real store gives up on a cancelled token before committing: the batch's record would be lost.
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ItemUpdateCalls++;
            if (_items.TryGetValue(runId, out var all))
            {
                foreach (var update in updates)
                {
                    if (all.TryGetValue(update.Sequence, out var item))
                    {
                        all[update.Sequence] = item with
                        {
                            Status = update.Status,
                            Reason = update.Reason,
                            Attempts = update.Attempts,
                            UpdatedAt = update.At,
                            Address = update.Address ?? item.Address,
                        };
                    }
                }
            }

            Audit.AddRange(audit);
            return Task.CompletedTask;
        }
    }

    /// <summary>All items of a run, for assertions.</summary>
    public IReadOnlyList<BulkItem> Items(string runId)
    {
        lock (_gate)
        {
            return _items[runId].Values.ToList();
        }
    }
}
