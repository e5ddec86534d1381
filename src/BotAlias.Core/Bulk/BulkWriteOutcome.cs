namespace BotAlias.Core.Bulk;

/// <param name="Reason">Why it was not applied, in words an admin can act on; null when applied.</param>
/// <param name="RetryAfter">For <see cref="BulkWriteStatus.Transient"/>: how long the service asked us to wait, when it said.</param>
public sealed record BulkWriteOutcome(string Key, BulkWriteStatus Status, string? Reason = null, TimeSpan? RetryAfter = null);
