using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>A JSON batch: at most 20 requests (https://learn.microsoft.com/graph/json-batching).</summary>
public sealed class BatchRequest
{
    public const int MaxRequests = 20;

    [JsonPropertyName("requests")]
    public List<BatchRequestItem> Requests { get; set; } = [];
}
