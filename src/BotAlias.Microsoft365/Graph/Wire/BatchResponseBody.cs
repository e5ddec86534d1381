using System.Text.Json.Serialization;
using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>
/// A sub-response body BotAlias's batches can get: a page of directory objects, a single object (a GET by id),
/// or an error. One typed shape for all three, so no untyped JSON tree is needed.
/// </summary>
public sealed class BatchResponseBody
{
    [JsonPropertyName("value")]
    public List<DirectoryObjectResource>? Value { get; set; }

    [JsonPropertyName("@odata.nextLink")]
    public string? NextLink { get; set; }

    [JsonPropertyName("@odata.type")]
    public string? ODataType { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("mail")]
    public string? Mail { get; set; }

    [JsonPropertyName("proxyAddresses")]
    public List<string>? ProxyAddresses { get; set; }

    [JsonPropertyName("userPrincipalName")]
    public string? UserPrincipalName { get; set; }

    [JsonPropertyName("onPremisesSyncEnabled")]
    public bool? OnPremisesSyncEnabled { get; set; }

    [JsonPropertyName("error")]
    public GraphError? Error { get; set; }

    /// <summary>The body of a GET by id, as the object it is.</summary>
    public DirectoryObjectResource AsObject() => new()
    {
        ODataType = ODataType,
        Id = Id ?? string.Empty,
        DisplayName = DisplayName,
        Mail = Mail,
        ProxyAddresses = ProxyAddresses ?? [],
        UserPrincipalName = UserPrincipalName,
        OnPremisesSyncEnabled = OnPremisesSyncEnabled,
    };
}
