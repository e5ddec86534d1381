using System.Diagnostics;

namespace LoadGenerator;

/// <summary>
/// What one bot process owes in background work: an approval card for every request its answers said were
/// created, against the cards that reached the stub since it started. Created before the process starts.
/// </summary>
internal sealed class ApprovalBacklog(ApprovalCardCounter cards, TimeSpan limit)
{
    private readonly long _baseline = cards.Count;
    private long _created;

    public long Delivered => cards.Count - _baseline;

    public long Created => Interlocked.Read(ref _created);

    /// <summary>Cards owed and not yet at the stub.</summary>
    public long Queued => Math.Max(0, Created - Delivered);

    public void AddCreated(int requests) => Interlocked.Add(ref _created, requests);

    /// <summary>
    /// Waits until every request created so far has its card, for at most the limit after the load ended, so the
    /// next phase starts with nothing owed (or the report says how much still was).
    /// </summary>
    public async Task<ApprovalCardTally> DrainAsync(long loadEndedAt, double perSecondDuringLoad, BotProcess process)
    {
        var giveUpAt = loadEndedAt + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (Delivered < Created && Stopwatch.GetTimestamp() < giveUpAt && !process.HasExited)
        {
            await Task.Delay(20);
        }

        var delivered = Delivered;
        var created = Created;
        var drain = delivered >= created
            ? Math.Max(0, cards.LastAt - loadEndedAt) / (double)Stopwatch.Frequency
            : double.NaN;
        return new ApprovalCardTally(delivered, created, perSecondDuringLoad, drain, limit);
    }
}
