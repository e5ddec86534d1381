using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>
/// Graph's <c>user</c> with the properties BotAlias selects; names as in Microsoft's Graph types
/// (https://learn.microsoft.com/graph/api/resources/user).
/// </summary>
public sealed class UserResource
{
    /// <summary>The <c>$select</c> list every user read sends.</summary>
    public const string Select = "id,displayName,userPrincipalName,mail,proxyAddresses,accountEnabled,onPremisesSyncEnabled,jobTitle";

    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("userPrincipalName")]
    public string? UserPrincipalName { get; set; }

    [JsonPropertyName("mail")]
    public string? Mail { get; set; }

    /// <summary>Read-only in Graph; <c>SMTP:</c> marks the primary, <c>smtp:</c> secondaries.</summary>
    [JsonPropertyName("proxyAddresses")]
    public List<string> ProxyAddresses { get; set; } = [];

    [JsonPropertyName("accountEnabled")]
    public bool? AccountEnabled { get; set; }

    /// <summary>True for users synced from on-premises AD; null for cloud-only users that were never synced.</summary>
    [JsonPropertyName("onPremisesSyncEnabled")]
    public bool? OnPremisesSyncEnabled { get; set; }

    [JsonPropertyName("jobTitle")]
    public string? JobTitle { get; set; }

    /// <summary>Present when read with <c>$expand=manager($select=id)</c>; null when the user has no manager.</summary>
    [JsonPropertyName("manager")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DirectoryObjectResource? Manager { get; set; }
}
