using BotAlias.Core.Audit;
using BotAlias.Core.Outbox;

namespace BotAlias.Core.Bulk;

/// <summary>
/// Bulk runs and their items. Each write is one transaction with its audit entries and queued work, so a crash
/// never leaves an item changed without its record, or a run moved without its job.
/// </summary>
public interface IBulkRunStore
{
    /// <summary>
    /// Stores a dry run with all its items. A run whose <see cref="BulkRun.SourceActivityKey"/> was seen before is
    /// not created again: the stored one is returned with <c>Created</c> false.
    /// </summary>
    Task<(BulkRun Run, bool Created)> CreateAsync(
        BulkRun run, IReadOnlyList<BulkItem> items, AuditEntry audit, CancellationToken cancellationToken = default);

    Task<BulkRun?> FindAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Runs the admin started, newest first.</summary>
    Task<IReadOnlyList<BulkRun>> ListByRequesterAsync(string requesterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the run when the stored version is <paramref name="expectedVersion"/>, appending the audit entries
    /// and enqueueing the messages in the same transaction. False when someone else changed it first.
    /// </summary>
    Task<bool> UpdateAsync(
        BulkRun updated, long expectedVersion, IReadOnlyList<AuditEntry> audit, IReadOnlyList<OutboxMessage> enqueue,
        CancellationToken cancellationToken = default);

    /// <summary>Items in sequence order after <paramref name="afterSequence"/>, only those in <paramref name="statuses"/> when given.</summary>
    Task<IReadOnlyList<BulkItem>> ListItemsAsync(
        string runId, IReadOnlyCollection<BulkItemStatus>? statuses, int afterSequence, int limit, CancellationToken cancellationToken = default);

    Task<BulkRunCounts> CountAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Writes item updates and their audit entries in one transaction. Unknown sequences are ignored.</summary>
    Task UpdateItemsAsync(string runId, IReadOnlyList<BulkItemUpdate> updates, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default);
}
