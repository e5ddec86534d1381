using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>
/// A user, group or orgContact as a holder search or a member list returns it: the properties they share, plus
/// <c>@odata.type</c> where a collection mixes types (https://learn.microsoft.com/graph/api/resources/directoryobject).
/// </summary>
public sealed class DirectoryObjectResource
{
    [JsonPropertyName("@odata.type")]
    public string? ODataType { get; set; }

    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("mail")]
    public string? Mail { get; set; }

    [JsonPropertyName("proxyAddresses")]
    public List<string> ProxyAddresses { get; set; } = [];

    /// <summary>Users only.</summary>
    [JsonPropertyName("userPrincipalName")]
    public string? UserPrincipalName { get; set; }

    /// <summary>Users only.</summary>
    [JsonPropertyName("accountEnabled")]
    public bool? AccountEnabled { get; set; }

    /// <summary>Users only.</summary>
    [JsonPropertyName("jobTitle")]
    public string? JobTitle { get; set; }

    [JsonPropertyName("onPremisesSyncEnabled")]
    public bool? OnPremisesSyncEnabled { get; set; }

    /// <summary>Set on objects in the recycle bin.</summary>
    [JsonPropertyName("deletedDateTime")]
    public DateTimeOffset? DeletedDateTime { get; set; }
}
