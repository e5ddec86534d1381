using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Graph's <c>userScopeTeamsAppInstallation</c>, read with <c>$expand=teamsApp</c>.</summary>
public sealed class TeamsAppInstallationResource
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("teamsApp")]
    public TeamsAppResource? TeamsApp { get; set; }
}
