namespace BotAlias.Core.Bulk.Execution;

/// <summary>What one slice of a bulk run did, for the job that queues the next and for the progress card.</summary>
public sealed record BulkSliceResult(BulkSliceKind Kind)
{
    /// <summary>The run's state as last read; null when the run does not exist.</summary>
    public BulkRunState? State { get; init; }

    /// <summary>For <see cref="BulkSliceKind.Backoff"/>: how long to wait before the next slice.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Items done (running) or undone (undoing) in this slice.</summary>
    public int Applied { get; init; }

    /// <summary>Items failed (running) or whose undo failed (undoing) in this slice.</summary>
    public int Failed { get; init; }

    /// <summary>Throttled answers in this slice; those items wait for a later slice.</summary>
    public int Deferred { get; init; }

    /// <summary>Calls made to the directory, retries and both halves of an undone switch included.</summary>
    public int Writes { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Mailboxes settled per second: the rate the progress card shows.</summary>
    public double ItemsPerSecond => PerSecond(Applied + Failed);

    public double WritesPerSecond => PerSecond(Writes);

    private double PerSecond(int count) => Elapsed > TimeSpan.Zero ? count / Elapsed.TotalSeconds : 0;
}
