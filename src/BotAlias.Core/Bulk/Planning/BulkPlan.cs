namespace BotAlias.Core.Bulk.Planning;

/// <summary>A dry run's result: one item per mailbox (and per list entry that matched none), numbered from 1.</summary>
public sealed record BulkPlan(IReadOnlyList<BulkItem> Items, BulkRunCounts Counts);
