using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Graph's <c>domain</c> (https://learn.microsoft.com/graph/api/resources/domain).</summary>
public sealed class DomainResource
{
    /// <summary>The domain name itself.</summary>
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("isVerified")]
    public bool IsVerified { get; set; }

    [JsonPropertyName("isDefault")]
    public bool IsDefault { get; set; }

    [JsonPropertyName("isInitial")]
    public bool IsInitial { get; set; }

    /// <summary>Contains <c>Email</c> for domains that take mail.</summary>
    [JsonPropertyName("supportedServices")]
    public List<string> SupportedServices { get; set; } = [];
}
