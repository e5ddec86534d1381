using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>One entry of Get-RecipientPermission (SendAs). <see cref="Trustee"/> is a UPN or a well-known name.</summary>
public sealed record ExchangeRecipientPermissionEntry
{
    public string? Identity { get; init; }

    public string? Trustee { get; init; }

    [JsonConverter(typeof(StringListConverter))]
    public IReadOnlyList<string> AccessRights { get; init; } = [];

    /// <summary>Allow or Deny.</summary>
    public string? AccessControlType { get; init; }

    public bool IsInherited { get; init; }
}
