using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;

namespace BotAlias.IntegrationTests.Bulk.Cards;

/// <summary>Runs, items and counts as the bulk job would hand them to the cards.</summary>
public static class BulkCardSamples
{
    public const string HostileName = "*Bob* [x](http://evil) <at>Bob</at>";

    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);

    public static BulkRun PatternRun(BulkRunState state = BulkRunState.DryRun, BulkAudience? audience = null) => new()
    {
        Id = "BK-7Q2M9X",
        TenantId = "tenant",
        RequesterId = "00000000-0000-0000-0000-0000000000024",
        RequesterName = "Patti Fernandez",
        Audience = audience ?? new BulkAudience { Kind = BulkAudienceKind.Everyone },
        Change = new BulkChangeSpec { Kind = BulkChangeKind.AddAddress, Pattern = "{first}.{last}@contoso-old.com" },
        State = state,
        Version = 4,
        CreatedAt = CreatedAt,
    };

    public static BulkRun SwitchRun(BulkRunState state = BulkRunState.DryRun) => PatternRun(state) with
    {
        Change = new BulkChangeSpec { Kind = BulkChangeKind.SwitchPrimaryDomain, FromDomain = "contoso-old.com", ToDomain = "example.com" },
    };

    public static BulkRunCounts Counts(params (BulkItemStatus Status, int Count)[] counts) =>
        new(counts.ToDictionary(c => c.Status, c => c.Count));

    public static BulkItem Item(int sequence, string name, BulkItemStatus status, string? address = null) => new()
    {
        Sequence = sequence,
        MailboxId = $"id-{sequence}",
        UserPrincipalName = $"user{sequence}@example.com",
        DisplayName = name,
        Status = status,
        Address = address is null ? null : EmailAddress.Parse(address),
    };

    public static IReadOnlyList<BulkItem> Pending(int count) =>
        [.. Enumerable.Range(1, count).Select(i => Item(i, $"Person {i}", BulkItemStatus.Pending, $"person.{i}@contoso-old.com"))];

    public static BulkItem Conflict(int sequence, string? suggestion) => Item(sequence, $"Clash {sequence}", BulkItemStatus.Conflict, $"clash.{sequence}@contoso-old.com") with
    {
        Reason = "Another mailbox already has this address.",
        Suggestion = suggestion is null ? null : EmailAddress.Parse(suggestion),
    };

    public static BulkItem Failed(int sequence, string reason) =>
        Item(sequence, $"Failed {sequence}", BulkItemStatus.Failed, $"failed.{sequence}@contoso-old.com") with { Reason = reason };
}
