using BotAlias.Core.Audit;

namespace BotAlias.Core.Bulk.Execution;

/// <summary>The audit line written with each item's outcome: the bot acts, the run is the request.</summary>
public static class BulkItemAudit
{
    public const string BotActorId = "botalias";
    public const string BotActorName = "BotAlias";

    public const string AddressAdded = "bulk.address.added";
    public const string PrimarySwitched = "bulk.primary.switched";
    public const string ItemFailed = "bulk.item.failed";
    public const string AddressRemoved = "bulk.address.removed";
    public const string PrimaryRestored = "bulk.primary.restored";
    public const string UndoFailed = "bulk.undo.failed";

    public static AuditEntry Entry(
        DateTimeOffset at, string runId, BulkItem item, string action, string? address, string? before, string? after, string? reason = null) => new()
    {
        At = at,
        ActorId = BotActorId,
        ActorName = BotActorName,
        Action = action,
        RequestId = runId,
        Address = address,
        Before = before,
        After = after,
        Details = reason is null ? Describe(item) : $"{Describe(item)}: {reason}",
    };

    private static string Describe(BulkItem item) => $"{item.DisplayName} ({item.UserPrincipalName})";
}
