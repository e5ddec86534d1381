using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;

namespace BotAlias.Storage.Tests;

/// <summary>Bulk runs, items and audit entries as the bulk flow would write them (a contoso-old.com domain change).</summary>
internal static class SampleBulkRuns
{
    public const string Tenant = SampleRequests.Tenant;
    public const string Admin = "00000000-0000-0000-0000-0000000ad111";
    public const string SecondAdmin = "00000000-0000-0000-0000-0000000ad222";

    public static BulkRun New(string id, DateTimeOffset createdAt, string requesterId = Admin) => new()
    {
        Id = id,
        TenantId = Tenant,
        RequesterId = requesterId,
        RequesterName = "Adele Vance",
        Audience = new BulkAudience { Kind = BulkAudienceKind.Everyone },
        Change = new BulkChangeSpec { Kind = BulkChangeKind.AddAddress, Pattern = "{first}.{last}@contoso-old.com" },
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };

    /// <summary>Pending items <c>user{n}@example.com</c> getting <c>user{n}@contoso-old.com</c>, numbered from 1.</summary>
    public static List<BulkItem> PendingItems(int count) =>
        Enumerable.Range(1, count).Select(sequence => new BulkItem
        {
            Sequence = sequence,
            MailboxId = $"mailbox-{sequence:D6}",
            UserPrincipalName = $"user{sequence}@example.com",
            DisplayName = $"User {sequence}",
            Status = BulkItemStatus.Pending,
            Address = EmailAddress.Parse($"user{sequence}@contoso-old.com"),
        }).ToList();

    public static AuditEntry Created(BulkRun run) => new()
    {
        At = run.CreatedAt,
        ActorId = run.RequesterId,
        ActorName = run.RequesterName,
        Action = "bulk.planned",
        After = run.State.ToString(),
    };

    public static AuditEntry Changed(BulkRun before, BulkRun after, string action, string actorId = SecondAdmin) => new()
    {
        At = after.UpdatedAt,
        ActorId = actorId,
        ActorName = "Miriam Graham",
        Action = action,
        RequestId = after.Id,
        Before = before.State.ToString(),
        After = after.State.ToString(),
    };

    /// <summary>The line the executor writes for one mailbox, so the address's history shows it.</summary>
    public static AuditEntry ItemApplied(string runId, BulkItem item, DateTimeOffset at) => new()
    {
        At = at,
        ActorId = "botalias",
        ActorName = "BotAlias",
        Action = "bulk.address.added",
        RequestId = runId,
        Address = item.Address?.Value,
        Details = $"{item.UserPrincipalName} (item {item.Sequence})",
    };
}
