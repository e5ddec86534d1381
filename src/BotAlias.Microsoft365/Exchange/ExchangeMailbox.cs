using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>The Get-Mailbox properties BotAlias reads (names as Exchange returns them).</summary>
public sealed record ExchangeMailbox
{
    /// <summary>Exchange's own object id.</summary>
    [JsonPropertyName("Guid")]
    public string? ExchangeObjectId { get; init; }

    /// <summary>The Entra object id; Graph's <c>id</c>.</summary>
    public string? ExternalDirectoryObjectId { get; init; }

    public string? DisplayName { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? PrimarySmtpAddress { get; init; }

    /// <summary>Prefixed proxy addresses: <c>SMTP:</c> primary, <c>smtp:</c> secondary, <c>X500:</c> legacy DNs.</summary>
    [JsonConverter(typeof(StringListConverter))]
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    /// <summary>UserMailbox, SharedMailbox, RoomMailbox, ...</summary>
    public string? RecipientTypeDetails { get; init; }

    public bool HiddenFromAddressListsEnabled { get; init; }

    [JsonPropertyName("LegacyExchangeDN")]
    public string? LegacyExchangeDn { get; init; }

    /// <summary>The recipient mail is forwarded to, by its Exchange identity (in Exchange Online, its Name).</summary>
    public string? ForwardingAddress { get; init; }

    /// <summary>The raw forwarding address, prefixed <c>smtp:</c>.</summary>
    public string? ForwardingSmtpAddress { get; init; }

    public bool DeliverToMailboxAndForward { get; init; }

    public bool LitigationHoldEnabled { get; init; }

    [JsonConverter(typeof(StringListConverter))]
    public IReadOnlyList<string> InPlaceHolds { get; init; } = [];

    /// <summary>Synchronized from on-premises Active Directory, which then owns its addresses.</summary>
    public bool IsDirSynced { get; init; }

    /// <summary>Set on mailboxes returned by <c>Get-Mailbox -SoftDeletedMailbox</c>.</summary>
    public string? WhenSoftDeleted { get; init; }
}
