using BotAlias.Core.Addresses;

namespace BotAlias.Core.Directory;

/// <summary>
/// Anything that can hold an address: a user's mailbox, a shared mailbox, a group or a mail contact.
/// </summary>
public sealed record Recipient
{
    public required string Id { get; init; }

    public required RecipientKind Kind { get; init; }

    public required string DisplayName { get; init; }

    public required EmailAddress PrimaryAddress { get; init; }

    public IReadOnlyList<EmailAddress> SecondaryAddresses { get; init; } = [];

    /// <summary>Set for mail contacts: where their mail really goes.</summary>
    public EmailAddress? ExternalAddress { get; init; }

    public bool HiddenFromAddressLists { get; init; }

    public bool OnPremisesSyncEnabled { get; init; }

    public IEnumerable<EmailAddress> AllAddresses => SecondaryAddresses.Prepend(PrimaryAddress);
}
