using System.Globalization;
using BotAlias.Core.Audit;

namespace BotAlias.Core.Bulk.Execution;

/// <summary>
/// Works on a running (or undoing) bulk run for one time slice: pending items (or, undoing, done ones) in batches,
/// each batch written through <see cref="IBulkAddressWriter"/> and then stored with one audit line per item in one
/// transaction. A background job calls it again and again; a restart simply calls it again.
/// </summary>
/// <remarks>
/// A crash between the directory write and the store write leaves the batch's items where they were, so the next
/// slice writes them again; every write is idempotent, so they land once. Throttled items keep their status with
/// one more attempt and are picked up again after the backoff; they fail after
/// <see cref="BulkExecutionOptions.MaxTransientAttempts"/>. Throttled attempts are counted on the item, not
/// audited: the audit records what was decided, once per item. An item that becomes done or undone starts
/// with no attempts, so an undo has the full budget.
/// </remarks>
public sealed class BulkRunExecutor
{
    private static readonly BulkItemStatus[] Pending = [BulkItemStatus.Pending];
    private static readonly BulkItemStatus[] Done = [BulkItemStatus.Done];

    private readonly IBulkRunStore _store;
    private readonly IBulkAddressWriter _writer;
    private readonly TimeProvider _timeProvider;
    private readonly BulkExecutionOptions _options;

    /// <exception cref="ArgumentOutOfRangeException">The options would stall or spin the run.</exception>
    public BulkRunExecutor(IBulkRunStore store, IBulkAddressWriter writer, TimeProvider timeProvider, BulkExecutionOptions options)
    {
        options.Validate();
        _store = store;
        _writer = writer;
        _timeProvider = timeProvider;
        _options = options;
    }

    /// <summary>
    /// Writes batches until nothing is left, the slice's time is up, the service throttles, or the run is paused or
    /// cancelled (checked between batches). A batch the writer finished is always stored before returning, even when
    /// <paramref name="cancellationToken"/> fires meanwhile; the method then throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<BulkSliceResult> RunSliceAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var started = _timeProvider.GetTimestamp();
        var tally = new Tally();
        var run = await _store.FindAsync(runId, cancellationToken);
        if (run is null || !BulkRunStateMachine.IsWriting(run.State))
        {
            return tally.Result(BulkSliceKind.Stopped, run?.State, TimeSpan.Zero, _timeProvider.GetElapsedTime(started));
        }

        var state = run.State;
        var undoing = state == BulkRunState.Undoing;
        var statuses = undoing ? Done : Pending;
        var afterSequence = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = await _store.ListItemsAsync(runId, statuses, afterSequence, _options.BatchSize, cancellationToken);
            if (items.Count == 0)
            {
                // Only a store that dropped an update leaves items behind the cursor; the next slice takes them rather than this one spinning.
                var left = afterSequence == 0 ? items : await _store.ListItemsAsync(runId, statuses, 0, 1, cancellationToken);
                var kind = left.Count == 0 ? BulkSliceKind.Finished : BulkSliceKind.MoreToDo;
                return tally.Result(kind, state, TimeSpan.Zero, _timeProvider.GetElapsedTime(started));
            }

            afterSequence = items[^1].Sequence;
            var batch = new Batch(run, _timeProvider.GetUtcNow());
            if (undoing)
            {
                await UndoAsync(batch, items, cancellationToken);
            }
            else
            {
                await ApplyAsync(batch, items, cancellationToken);
            }

            // The directory has changed by now: its record is written even when the job is being stopped.
            await _store.UpdateItemsAsync(runId, batch.Updates, batch.Audit, CancellationToken.None);
            tally.Add(batch);
            cancellationToken.ThrowIfCancellationRequested();

            if (batch.Throttled)
            {
                return tally.Result(BulkSliceKind.Backoff, state, BackoffFor(batch), _timeProvider.GetElapsedTime(started));
            }

            if (_timeProvider.GetElapsedTime(started) >= _options.SliceDuration)
            {
                return tally.Result(BulkSliceKind.MoreToDo, state, TimeSpan.Zero, _timeProvider.GetElapsedTime(started));
            }

            run = await _store.FindAsync(runId, cancellationToken);
            if (run is null || run.State != state)
            {
                return tally.Result(BulkSliceKind.Stopped, run?.State, TimeSpan.Zero, _timeProvider.GetElapsedTime(started));
            }
        }
    }

    private async Task ApplyAsync(Batch batch, IReadOnlyList<BulkItem> items, CancellationToken cancellationToken)
    {
        var switching = batch.Run.Change.Kind == BulkChangeKind.SwitchPrimaryDomain;
        var writes = new List<BulkWrite>(items.Count);
        var written = new List<BulkItem>(items.Count);
        foreach (var item in items)
        {
            if (item.MailboxId is null || item.Address is null)
            {
                Fail(batch, item, BulkItemStatus.Failed, BulkItemAudit.ItemFailed, "The plan has no mailbox or no address for this entry, so there is nothing to write.");
                continue;
            }

            writes.Add(new BulkWrite(KeyOf(item), item.MailboxId, switching ? BulkWriteKind.SetPrimary : BulkWriteKind.AddSecondary, item.Address));
            written.Add(item);
        }

        var outcomes = await WriteAsync(writes, batch, cancellationToken);
        foreach (var item in written)
        {
            var outcome = outcomes[KeyOf(item)];
            switch (outcome.Status)
            {
                case BulkWriteStatus.Applied:
                    batch.Applied++;
                    batch.Updates.Add(new BulkItemUpdate(item.Sequence, BulkItemStatus.Done, null, 0, batch.At));
                    batch.Audit.Add(switching
                        ? BulkItemAudit.Entry(batch.At, batch.Run.Id, item, BulkItemAudit.PrimarySwitched, item.Address!.Value, item.PreviousPrimary?.Value, item.Address.Value)
                        : BulkItemAudit.Entry(batch.At, batch.Run.Id, item, BulkItemAudit.AddressAdded, item.Address!.Value, before: null, after: item.Address.Value));
                    break;
                case BulkWriteStatus.Transient:
                    _ = Defer(batch, item, outcome, BulkItemStatus.Failed, BulkItemAudit.ItemFailed, failurePrefix: null);
                    break;
                default:
                    Fail(batch, item, BulkItemStatus.Failed, BulkItemAudit.ItemFailed, ReasonOf(outcome));
                    break;
            }
        }
    }

    /// <summary>
    /// Undoes done items. A switch is undone in two phases because a primary cannot be removed: first the old
    /// primary is made primary again, then the address the run added (now a secondary) is removed.
    /// </summary>
    private async Task UndoAsync(Batch batch, IReadOnlyList<BulkItem> items, CancellationToken cancellationToken)
    {
        var switching = batch.Run.Change.Kind == BulkChangeKind.SwitchPrimaryDomain;
        var writes = new List<BulkWrite>(items.Count);
        var written = new List<BulkItem>(items.Count);
        foreach (var item in items)
        {
            if (item.MailboxId is null || item.Address is null || (switching && item.PreviousPrimary is null))
            {
                Fail(batch, item, BulkItemStatus.UndoFailed, BulkItemAudit.UndoFailed, "The run did not record what this mailbox had before, so it cannot be put back.");
                continue;
            }

            writes.Add(switching
                ? new BulkWrite(KeyOf(item), item.MailboxId, BulkWriteKind.SetPrimary, item.PreviousPrimary!)
                : new BulkWrite(KeyOf(item), item.MailboxId, BulkWriteKind.RemoveSecondary, item.Address));
            written.Add(item);
        }

        var outcomes = await WriteAsync(writes, batch, cancellationToken);
        var removals = new List<BulkWrite>();
        foreach (var item in written)
        {
            var outcome = outcomes[KeyOf(item)];
            switch (outcome.Status)
            {
                case BulkWriteStatus.Applied when switching && item.AddsAddress:
                    removals.Add(new BulkWrite(KeyOf(item), item.MailboxId!, BulkWriteKind.RemoveSecondary, item.Address!));
                    break;
                case BulkWriteStatus.Applied when switching:
                    Undone(batch, item, addressRemoved: false);
                    break;
                case BulkWriteStatus.Applied:
                    batch.Applied++;
                    batch.Updates.Add(new BulkItemUpdate(item.Sequence, BulkItemStatus.Undone, null, 0, batch.At));
                    batch.Audit.Add(BulkItemAudit.Entry(batch.At, batch.Run.Id, item, BulkItemAudit.AddressRemoved, item.Address!.Value, item.Address.Value, after: null));
                    break;
                case BulkWriteStatus.Transient:
                    _ = Defer(batch, item, outcome, BulkItemStatus.UndoFailed, BulkItemAudit.UndoFailed, failurePrefix: null);
                    break;
                default:
                    Fail(batch, item, BulkItemStatus.UndoFailed, BulkItemAudit.UndoFailed, ReasonOf(outcome));
                    break;
            }
        }

        if (removals.Count == 0)
        {
            return;
        }

        // The primaries are already back: finish these mailboxes even if the job is being stopped, so none is left half undone.
        var removed = await WriteAsync(removals, batch, CancellationToken.None);
        foreach (var item in written.Where(i => removed.ContainsKey(KeyOf(i))))
        {
            var outcome = removed[KeyOf(item)];
            var prefix = $"The primary is {item.PreviousPrimary} again, but {item.Address} could not be removed";
            switch (outcome.Status)
            {
                case BulkWriteStatus.Applied:
                    Undone(batch, item, addressRemoved: true);
                    break;
                case BulkWriteStatus.Transient:
                    // Left done: the next attempt sets the primary again (a no-op) and retries the removal.
                    if (Defer(batch, item, outcome, BulkItemStatus.UndoFailed, BulkItemAudit.UndoFailed, prefix))
                    {
                        batch.Audit.Insert(batch.Audit.Count - 1, Restored(batch, item));
                    }

                    break;
                default:
                    batch.Audit.Add(Restored(batch, item));
                    Fail(batch, item, BulkItemStatus.UndoFailed, BulkItemAudit.UndoFailed, $"{prefix}: {ReasonOf(outcome)}");
                    break;
            }
        }
    }

    private static void Undone(Batch batch, BulkItem item, bool addressRemoved)
    {
        batch.Applied++;
        batch.Updates.Add(new BulkItemUpdate(item.Sequence, BulkItemStatus.Undone, null, 0, batch.At));
        batch.Audit.Add(Restored(batch, item));
        if (addressRemoved)
        {
            batch.Audit.Add(BulkItemAudit.Entry(batch.At, batch.Run.Id, item, BulkItemAudit.AddressRemoved, item.Address!.Value, item.Address.Value, after: null));
        }
    }

    private static AuditEntry Restored(Batch batch, BulkItem item) =>
        BulkItemAudit.Entry(batch.At, batch.Run.Id, item, BulkItemAudit.PrimaryRestored, item.PreviousPrimary!.Value, item.Address!.Value, item.PreviousPrimary.Value);

    private static void Fail(Batch batch, BulkItem item, BulkItemStatus status, string action, string reason)
    {
        batch.Failed++;
        batch.Updates.Add(new BulkItemUpdate(item.Sequence, status, reason, item.Attempts, batch.At));
        batch.Audit.Add(BulkItemAudit.Entry(batch.At, batch.Run.Id, item, action, item.Address?.Value, item.Status.ToString(), status.ToString(), reason));
    }

    /// <summary>Counts a throttled answer on the item, which keeps its status until it has had too many.</summary>
    /// <returns>True when that was one too many and the item failed.</returns>
    private bool Defer(Batch batch, BulkItem item, BulkWriteOutcome outcome, BulkItemStatus failed, string failedAction, string? failurePrefix)
    {
        var attempts = item.Attempts + 1;
        batch.NoteThrottled(attempts, outcome.RetryAfter);
        if (attempts >= _options.MaxTransientAttempts)
        {
            var reason = $"Kept being throttled or unavailable after {attempts} tries: {ReasonOf(outcome)}";
            Fail(batch, item with { Attempts = attempts }, failed, failedAction, failurePrefix is null ? reason : $"{failurePrefix}. {reason}");
            return true;
        }

        batch.Deferred++;
        batch.Updates.Add(new BulkItemUpdate(item.Sequence, item.Status, item.Reason, attempts, batch.At));
        return false;
    }

    /// <summary>The outcomes by key; a writer that leaves a write unanswered is a bug, not something to guess around.</summary>
    private async Task<Dictionary<string, BulkWriteOutcome>> WriteAsync(List<BulkWrite> writes, Batch batch, CancellationToken cancellationToken)
    {
        if (writes.Count == 0)
        {
            return [];
        }

        var outcomes = await _writer.ApplyAsync(writes, cancellationToken);
        batch.Writes += writes.Count;
        var byKey = new Dictionary<string, BulkWriteOutcome>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            byKey[outcome.Key] = outcome;
        }

        var unanswered = writes.FirstOrDefault(w => !byKey.ContainsKey(w.Key));
        return unanswered is null
            ? byKey
            : throw new InvalidOperationException($"The address writer returned no outcome for write {unanswered.Key} ({unanswered.Kind} {unanswered.Address}).");
    }

    /// <summary>The largest Retry-After the service gave; else doubling from the minimum by how often the items were throttled.</summary>
    private TimeSpan BackoffFor(Batch batch)
    {
        if (batch.RetryAfter is { } retryAfter)
        {
            return retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.Zero;
        }

        var doublings = Math.Clamp(batch.MaxAttempts - 1, 0, 30);
        var delay = _options.MinBackoff * Math.Pow(2, doublings);
        return delay < _options.MaxBackoff ? delay : _options.MaxBackoff;
    }

    private static string ReasonOf(BulkWriteOutcome outcome) =>
        string.IsNullOrWhiteSpace(outcome.Reason) ? $"The directory answered {outcome.Status} without saying why." : outcome.Reason;

    private static string KeyOf(BulkItem item) => item.Sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>One batch's item updates and audit, stored together.</summary>
    private sealed class Batch(BulkRun run, DateTimeOffset at)
    {
        public BulkRun Run { get; } = run;

        public DateTimeOffset At { get; } = at;

        public List<BulkItemUpdate> Updates { get; } = [];

        public List<AuditEntry> Audit { get; } = [];

        public int Applied { get; set; }

        public int Failed { get; set; }

        public int Deferred { get; set; }

        public int Writes { get; set; }

        public bool Throttled { get; private set; }

        public int MaxAttempts { get; private set; }

        public TimeSpan? RetryAfter { get; private set; }

        public void NoteThrottled(int attempts, TimeSpan? retryAfter)
        {
            Throttled = true;
            MaxAttempts = Math.Max(MaxAttempts, attempts);
            if (retryAfter is { } wait && (RetryAfter is null || wait > RetryAfter))
            {
                RetryAfter = wait;
            }
        }
    }

    private sealed class Tally
    {
        private int _applied;
        private int _failed;
        private int _deferred;
        private int _writes;

        public void Add(Batch batch)
        {
            _applied += batch.Applied;
            _failed += batch.Failed;
            _deferred += batch.Deferred;
            _writes += batch.Writes;
        }

        public BulkSliceResult Result(BulkSliceKind kind, BulkRunState? state, TimeSpan delay, TimeSpan elapsed) => new(kind)
        {
            State = state,
            Delay = delay,
            Applied = _applied,
            Failed = _failed,
            Deferred = _deferred,
            Writes = _writes,
            Elapsed = elapsed,
        };
    }
}
