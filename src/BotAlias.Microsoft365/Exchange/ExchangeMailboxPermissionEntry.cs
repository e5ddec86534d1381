using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>One entry of Get-MailboxPermission. <see cref="User"/> is a UPN, or a well-known name such as NT AUTHORITY\SELF.</summary>
public sealed record ExchangeMailboxPermissionEntry
{
    public string? Identity { get; init; }

    public string? User { get; init; }

    [JsonConverter(typeof(StringListConverter))]
    public IReadOnlyList<string> AccessRights { get; init; } = [];

    public bool IsInherited { get; init; }

    public bool Deny { get; init; }
}
