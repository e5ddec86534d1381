using BotAlias.Core.Audit;
using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

public static class AliasAudit
{
    public const string BotActorId = "botalias";
    public const string BotActorName = "BotAlias";

    public static AuditEntry Entry(DateTimeOffset at, string actorId, string actorName, string action, AliasRequest request, string? before = null, string? after = null, string? details = null) => new()
    {
        At = at,
        ActorId = actorId,
        ActorName = actorName,
        Action = action,
        RequestId = request.Id,
        Address = request.Address.Value,
        Before = before,
        After = after,
        Details = details,
    };

    public static AuditEntry ByBot(DateTimeOffset at, string action, AliasRequest request, string? before = null, string? after = null, string? details = null) =>
        Entry(at, BotActorId, BotActorName, action, request, before, after, details);
}
