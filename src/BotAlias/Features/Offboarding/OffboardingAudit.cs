using BotAlias.Core.Audit;
using BotAlias.Core.Offboarding;

namespace BotAlias.Features.Offboarding;

public static class OffboardingAudit
{
    public const string BotActorId = "botalias";
    public const string BotActorName = "BotAlias";

    public static AuditEntry Entry(
        DateTimeOffset at, string actorId, string actorName, string action, OffboardingRequest request,
        string? before = null, string? after = null, string? details = null, string? address = null) => new()
        {
            At = at,
            ActorId = actorId,
            ActorName = actorName,
            Action = action,
            RequestId = request.Id,
            Address = address,
            Before = before,
            After = after,
            Details = details,
        };

    public static AuditEntry ByBot(DateTimeOffset at, string action, OffboardingRequest request, string? before = null, string? after = null, string? details = null, string? address = null) =>
        Entry(at, BotActorId, BotActorName, action, request, before, after, details, address);
}
