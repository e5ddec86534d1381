using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>The body of <c>POST /users/{id}/teamwork/installedApps</c> (https://learn.microsoft.com/graph/api/userteamwork-post-installedapps).</summary>
public sealed class TeamsAppInstallRequest
{
    /// <summary><c>https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{catalogId}</c>.</summary>
    [JsonPropertyName("teamsApp@odata.bind")]
    public string TeamsAppBind { get; set; } = string.Empty;
}
