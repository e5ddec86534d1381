using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Graph's <c>teamsApp</c>: <c>id</c> is the catalog id, <c>externalId</c> the manifest's id.</summary>
public sealed class TeamsAppResource
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("externalId")]
    public string? ExternalId { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }
}
