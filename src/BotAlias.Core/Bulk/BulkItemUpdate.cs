using BotAlias.Core.Addresses;

namespace BotAlias.Core.Bulk;

/// <summary>A change to one item's status, written with the run's audit entries in one transaction.</summary>
public sealed record BulkItemUpdate(int Sequence, BulkItemStatus Status, string? Reason, int Attempts, DateTimeOffset At)
{
    /// <summary>Replaces the item's address (accepting a suggestion); null keeps it.</summary>
    public EmailAddress? Address { get; init; }
}
