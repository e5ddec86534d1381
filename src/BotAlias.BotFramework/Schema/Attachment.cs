using System.Text.Json;

namespace BotAlias.BotFramework.Schema;

public sealed record Attachment
{
    public required string ContentType { get; init; }

    public JsonElement? Content { get; init; }

    public string? ContentUrl { get; init; }

    public string? Name { get; init; }
}
