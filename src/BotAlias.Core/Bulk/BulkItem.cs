using BotAlias.Core.Addresses;

namespace BotAlias.Core.Bulk;

/// <summary>One mailbox (or one list entry that matched none) in a bulk run, with what is to be done and how it went.</summary>
public sealed record BulkItem
{
    /// <summary>1-based, in the order the plan listed them; the order of the CSV export.</summary>
    public required int Sequence { get; init; }

    /// <summary>Null for a list entry that matched no mailbox.</summary>
    public string? MailboxId { get; init; }

    /// <summary>The mailbox's UPN, or the list entry as given.</summary>
    public required string UserPrincipalName { get; init; }

    public required string DisplayName { get; init; }

    public required BulkItemStatus Status { get; init; }

    /// <summary>The address added, or the new primary; null when none could be built.</summary>
    public EmailAddress? Address { get; init; }

    /// <summary>For a primary switch: the primary before, which stays as a secondary and is restored by undo.</summary>
    public EmailAddress? PreviousPrimary { get; init; }

    /// <summary>
    /// For a primary switch: true when <see cref="Address"/> was not on the mailbox before, so undo removes it
    /// again; false when it was already a secondary and only became primary.
    /// </summary>
    public bool AddsAddress { get; init; } = true;

    /// <summary>For a conflict: a free address the admin may accept instead (a numeric suffix).</summary>
    public EmailAddress? Suggestion { get; init; }

    /// <summary>Why the item is not pending or done, in words an admin can act on.</summary>
    public string? Reason { get; init; }

    /// <summary>Transient failures so far (throttling); the item fails after too many.</summary>
    public int Attempts { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
