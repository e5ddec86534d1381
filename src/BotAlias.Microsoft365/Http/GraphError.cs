using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Http;

/// <summary>One Graph error: branch on <see cref="Code"/>, never on the message, except where Graph gives no code.</summary>
public sealed class GraphError
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("innerError")]
    public GraphInnerError? InnerError { get; set; }
}
