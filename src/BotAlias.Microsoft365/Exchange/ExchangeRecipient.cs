using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>The Get-Recipient / Get-MailContact (and Get-User) properties BotAlias reads.</summary>
public sealed record ExchangeRecipient
{
    [JsonPropertyName("Guid")]
    public string? ExchangeObjectId { get; init; }

    /// <summary>The Entra object id; empty for Exchange-only recipients (dynamic groups, public folders).</summary>
    public string? ExternalDirectoryObjectId { get; init; }

    public string? DisplayName { get; init; }

    public string? PrimarySmtpAddress { get; init; }

    [JsonConverter(typeof(StringListConverter))]
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    public string? RecipientTypeDetails { get; init; }

    public bool HiddenFromAddressListsEnabled { get; init; }

    public bool IsDirSynced { get; init; }

    /// <summary>Mail contacts: where their mail goes, prefixed <c>SMTP:</c>.</summary>
    public string? ExternalEmailAddress { get; init; }

    /// <summary>The id BotAlias uses: the Entra object id, or Exchange's Guid for Exchange-only recipients.</summary>
    [JsonIgnore]
    public string Id => !string.IsNullOrEmpty(ExternalDirectoryObjectId) ? ExternalDirectoryObjectId : ExchangeObjectId ?? string.Empty;
}
