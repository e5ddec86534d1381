using BotAlias.Core.Bulk;

namespace BotAlias.BulkBenchmark;

/// <summary>What one pass measured and what its check found wrong.</summary>
internal sealed record BulkPassResult
{
    public required string Directory { get; init; }

    public required int Mailboxes { get; init; }

    public required BulkRunCounts Planned { get; init; }

    public required TimeSpan ListMailboxes { get; init; }

    public required TimeSpan ListHolders { get; init; }

    public required TimeSpan Plan { get; init; }

    public required TimeSpan StoreCreate { get; init; }

    public required TimeSpan Run { get; init; }

    public required TimeSpan StoreDuringRun { get; init; }

    public required int Done { get; init; }

    public required int Failed { get; init; }

    /// <summary>Items settled by this run (done or failed), for items/s.</summary>
    public required int Settled { get; init; }

    public required int Writes { get; init; }

    public required int Slices { get; init; }

    public required int Backoffs { get; init; }

    public required TimeSpan BackoffWaited { get; init; }

    public int? Throttled { get; init; }

    public required long PeakWorkingSetBytes { get; init; }

    public required IReadOnlyList<string> Problems { get; init; }

    public TimeSpan DryRun => ListMailboxes + ListHolders + Plan;

    public double ItemsPerSecond => Settled / Math.Max(Run.TotalSeconds, 1e-9);

    public double WritesPerSecond => Writes / Math.Max(Run.TotalSeconds, 1e-9);

    public double StoreShare => (double)StoreDuringRun.Ticks / Math.Max(Run.Ticks, 1);
}
