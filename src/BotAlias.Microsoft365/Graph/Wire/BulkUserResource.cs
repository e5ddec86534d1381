using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>
/// A user as a bulk change reads it: the names a pattern is built from and its addresses
/// (https://learn.microsoft.com/graph/api/resources/user).
/// </summary>
public sealed class BulkUserResource
{
    /// <summary>The <c>$select</c> list of every bulk user read.</summary>
    public const string Select = "id,userPrincipalName,displayName,givenName,surname,mailNickname,mail,proxyAddresses,onPremisesSyncEnabled";

    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("userPrincipalName")]
    public string? UserPrincipalName { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("givenName")]
    public string? GivenName { get; set; }

    [JsonPropertyName("surname")]
    public string? Surname { get; set; }

    /// <summary>Exchange's Alias.</summary>
    [JsonPropertyName("mailNickname")]
    public string? MailNickname { get; set; }

    [JsonPropertyName("mail")]
    public string? Mail { get; set; }

    [JsonPropertyName("proxyAddresses")]
    public List<string> ProxyAddresses { get; set; } = [];

    [JsonPropertyName("onPremisesSyncEnabled")]
    public bool? OnPremisesSyncEnabled { get; set; }
}
