using BotAlias.Core.Administration;

namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>
/// A user's mailbox; it shares the user's id, as in Exchange Online. Every property after the addresses
/// is optional, so data files written before they existed still load.
/// </summary>
internal sealed record MailboxRecord
{
    public required string PrimaryAddress { get; init; }

    public IReadOnlyList<string> SecondaryAddresses { get; init => field = value ?? []; } = [];

    /// <summary>Exchange's Alias (Entra mailNickname); absent means the local part of the user's UPN.</summary>
    public string? Alias { get; init; }

    public bool HiddenFromAddressLists { get; init; }

    /// <summary>Absent means Regular.</summary>
    public MailboxType Type { get; init; }

    /// <summary><c>X500:</c> proxy addresses, without the prefix; unique tenant-wide like SMTP ones.</summary>
    public IReadOnlyList<string> X500Addresses { get; init => field = value ?? []; } = [];

    /// <summary>Exchange's <c>ForwardingAddress</c>: the id of the recipient mail goes to.</summary>
    public string? ForwardingAddress { get; init; }

    /// <summary>Exchange's <c>ForwardingSmtpAddress</c>; never set together with <see cref="ForwardingAddress"/>.</summary>
    public string? ForwardingSmtpAddress { get; init; }

    public bool DeliverToMailboxAndForward { get; init; }

    public IReadOnlyList<DelegateRecord> Delegates { get; init => field = value ?? []; } = [];

    public AutomaticRepliesRecord? AutomaticReplies { get; init; }

    /// <summary>Where the bot's inbox redirect rule sends mail; absent when there is no such rule.</summary>
    public string? RedirectRuleTo { get; init; }

    public long? TotalItemSizeBytes { get; init; }

    /// <summary>Litigation hold or any in-place / retention hold.</summary>
    public bool OnHold { get; init; }

    /// <summary>
    /// When this Regular mailbox lost its last Exchange Online licence. Exchange allows it, then deletes the
    /// mailbox 30 days later, so the demo tenant records it for people and tests to see.
    /// </summary>
    public DateTimeOffset? UnlicensedSince { get; init; }
}
