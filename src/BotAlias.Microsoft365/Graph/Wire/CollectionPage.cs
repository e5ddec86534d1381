using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>
/// One page of a Graph collection. <c>@odata.nextLink</c> is followed whole, as Graph asks
/// (https://learn.microsoft.com/graph/paging): never parsed or rebuilt.
/// </summary>
public sealed class CollectionPage<T>
{
    [JsonPropertyName("value")]
    public List<T> Value { get; set; } = [];

    [JsonPropertyName("@odata.nextLink")]
    public string? NextLink { get; set; }
}
