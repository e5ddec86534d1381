namespace BotAlias.Core.Bulk;

/// <summary>How many items of a run are in each status.</summary>
public sealed record BulkRunCounts(IReadOnlyDictionary<BulkItemStatus, int> ByStatus)
{
    public static readonly BulkRunCounts Empty = new(new Dictionary<BulkItemStatus, int>());

    public int this[BulkItemStatus status] => ByStatus.TryGetValue(status, out var count) ? count : 0;

    public int Total => ByStatus.Values.Sum();
}
