using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk;

public static class BulkAudit
{
    public const string BotId = "botalias";
    public const string BotName = "BotAlias";

    public static AuditEntry Entry(DateTimeOffset at, string actorId, string actorName, string action, BulkRun run, string? before = null, string? after = null, string? details = null) => new()
    {
        At = at,
        ActorId = actorId,
        ActorName = actorName,
        Action = action,
        RequestId = run.Id,
        Before = before,
        After = after,
        Details = details,
    };

    public static AuditEntry ByBot(DateTimeOffset at, string action, BulkRun run, string? before = null, string? after = null, string? details = null) =>
        Entry(at, BotId, BotName, action, run, before, after, details);
}
