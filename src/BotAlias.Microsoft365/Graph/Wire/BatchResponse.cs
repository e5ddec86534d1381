using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>A batch's answer: one response per request, in any order, matched by <c>id</c>.</summary>
public sealed class BatchResponse
{
    [JsonPropertyName("responses")]
    public List<BatchResponseItem> Responses { get; set; } = [];
}
