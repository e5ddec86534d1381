using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Requests;

namespace BotAlias.Storage.Tests;

/// <summary>Requests and audit entries as the request flow would write them.</summary>
internal static class SampleRequests
{
    public const string Tenant = "9188040d-6c67-4c5b-b112-36a304b66dad";
    public const string Alex = "00000000-0000-0000-0000-00000000a1e0";
    public const string Megan = "00000000-0000-0000-0000-00000000ae6a";
    public const string Manager = "00000000-0000-0000-0000-0000000b0550";

    public static AliasRequest New(string id, string address, DateTimeOffset createdAt, string requesterId = Alex) => new()
    {
        Id = id,
        TenantId = Tenant,
        RequesterId = requesterId,
        RequesterName = "Alex Wilber",
        TargetId = requesterId,
        TargetName = "Alex Wilber",
        Address = EmailAddress.Parse(address),
        Reason = AliasReason.DomainChanged,
        Approver = new ApproverRoute(ApproverKind.Manager, Manager, "Miriam Graham"),
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };

    public static AuditEntry Created(AliasRequest request) => new()
    {
        At = request.CreatedAt,
        ActorId = request.RequesterId,
        ActorName = request.RequesterName,
        Action = "request.created",
        Address = request.Address.Value,
        After = request.State.ToString(),
    };

    public static AuditEntry Changed(AliasRequest before, AliasRequest after, string action) => new()
    {
        At = after.UpdatedAt,
        ActorId = Manager,
        ActorName = "Miriam Graham",
        Action = action,
        RequestId = after.Id,
        Address = after.Address.Value,
        Before = before.State.ToString(),
        After = after.State.ToString(),
    };
}
