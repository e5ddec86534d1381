using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Bulk;

/// <summary>A mailbox as a bulk change sees it: the names a pattern is built from and the addresses it already holds.</summary>
public sealed record BulkMailbox
{
    public required string Id { get; init; }

    public required string UserPrincipalName { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Entra <c>givenName</c>; null when the directory has none (a shared mailbox, say).</summary>
    public string? GivenName { get; init; }

    /// <summary>Entra <c>surname</c>.</summary>
    public string? Surname { get; init; }

    /// <summary>Exchange's alias (Entra <c>mailNickname</c>).</summary>
    public required string Alias { get; init; }

    /// <summary><see cref="RecipientKind.UserMailbox"/> or <see cref="RecipientKind.SharedMailbox"/>.</summary>
    public required RecipientKind Kind { get; init; }

    public required EmailAddress PrimaryAddress { get; init; }

    public IReadOnlyList<EmailAddress> SecondaryAddresses { get; init; } = [];

    /// <summary>Synced from on-premises Active Directory: its addresses can only be changed there.</summary>
    public bool OnPremisesSyncEnabled { get; init; }

    public IEnumerable<EmailAddress> AllAddresses => SecondaryAddresses.Prepend(PrimaryAddress);
}
