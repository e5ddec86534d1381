using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Offboarding;

/// <summary>
/// What the validator read about the people involved, resolved into what the plan needs: the exact addresses
/// that move, the leaver's new primary, the contact to forward to. Built only when the options are valid.
/// </summary>
public sealed record OffboardingFacts
{
    public required DirectoryUser Leaver { get; init; }

    /// <summary>The leaver's mailbox as a recipient (addresses); null for a leaver without one.</summary>
    public Recipient? LeaverMailbox { get; init; }

    public MailboxDetails? LeaverMailboxDetails { get; init; }

    public DirectoryUser? Colleague { get; init; }

    public Recipient? ColleagueMailbox { get; init; }

    public MailboxDetails? ColleagueMailboxDetails { get; init; }

    /// <summary>The initial onmicrosoft domain, where the leaver's new primary and sign-in name go.</summary>
    public string? InitialDomain { get; init; }

    /// <summary>The leaver's primary once the addresses have moved: at the initial domain, free or already theirs.</summary>
    public EmailAddress? NewLeaverPrimary { get; init; }

    /// <summary>The addresses that move to the colleague, the current primary first.</summary>
    public IReadOnlyList<EmailAddress> AddressesToMove { get; init; } = [];

    public IReadOnlyList<KeptAddress> AddressesKept { get; init; } = [];

    /// <summary>The parsed outside address for external forwarding.</summary>
    public EmailAddress? ExternalForwardingAddress { get; init; }

    /// <summary>A mail contact that already exists for <see cref="ExternalForwardingAddress"/>; reused, and never deleted by a reversal.</summary>
    public Recipient? ExistingForwardingContact { get; init; }

    public IReadOnlyList<LicenseAssignment> LeaverLicenses { get; init; } = [];

    /// <summary>Display names of the groups that give licences, by group id.</summary>
    public IReadOnlyDictionary<string, string> LicenseGroupNames { get; init; } = new Dictionary<string, string>();
}
