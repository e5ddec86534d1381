namespace BotAlias.Core.Administration;

/// <summary>The Exchange side of a user's mailbox that offboarding reads and changes.</summary>
public sealed record MailboxDetails
{
    /// <summary>The owning user's directory id.</summary>
    public required string UserId { get; init; }

    public required MailboxType Type { get; init; }

    public bool HiddenFromAddressLists { get; init; }

    /// <summary>What colleagues' autocomplete resolves to; see <see cref="X500Addresses"/>.</summary>
    public string? LegacyExchangeDn { get; init; }

    /// <summary>
    /// <c>X500:</c> proxy addresses, without the prefix. Giving a colleague the leaver's LegacyExchangeDN
    /// as an X500 address keeps internal replies to old messages arriving.
    /// </summary>
    public IReadOnlyList<string> X500Addresses { get; init; } = [];

    public MailForwarding? Forwarding { get; init; }

    /// <summary>Total size of the mailbox's items; null when unknown.</summary>
    public long? TotalItemSizeBytes { get; init; }

    /// <summary>Litigation hold or any in-place / retention hold.</summary>
    public bool OnHold { get; init; }

    /// <summary>Users with FullAccess or SendAs on this mailbox, by user id.</summary>
    public IReadOnlyDictionary<string, MailboxAccess> Delegates { get; init; } = new Dictionary<string, MailboxAccess>();
}
