using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Http;

/// <summary>
/// The error envelope of Microsoft Graph (and of Exchange's admin endpoint, which uses the same OData shape):
/// <c>{"error":{"code","message","innerError":{"request-id","date","client-request-id"}}}</c>.
/// https://learn.microsoft.com/graph/errors
/// </summary>
public sealed class GraphErrorResponse
{
    [JsonPropertyName("error")]
    public GraphError? Error { get; set; }
}
