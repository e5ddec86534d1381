namespace BotAlias.Core.Bulk.Execution;

/// <summary>Retry for the failed ones: what is written to the items when a completed run is sent again.</summary>
public static class BulkRetryPlanner
{
    /// <summary>
    /// Puts each <see cref="BulkItemStatus.Failed"/> item back to pending with a fresh attempt count; everything else
    /// (done, conflicts, synced...) is left as it is, so only the failures are written again.
    /// </summary>
    public static IReadOnlyList<BulkItemUpdate> ResetFailed(IEnumerable<BulkItem> items, DateTimeOffset at) =>
        items.Where(item => item.Status == BulkItemStatus.Failed)
            .Select(item => new BulkItemUpdate(item.Sequence, BulkItemStatus.Pending, Reason: null, Attempts: 0, at))
            .ToList();
}
