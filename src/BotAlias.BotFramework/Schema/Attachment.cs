using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotAlias.BotFramework.Schema;

public sealed record Attachment
{
    public required string ContentType { get; init; }

    [JsonConverter(typeof(RawJsonElementConverter))]
    public JsonElement? Content { get; init; }

    public string? ContentUrl { get; init; }

    public string? Name { get; init; }
}
