using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Http;

/// <summary>Where Graph puts the ids support asks for; <c>request-id</c> is what gets logged.</summary>
public sealed class GraphInnerError
{
    [JsonPropertyName("request-id")]
    public string? RequestId { get; set; }

    [JsonPropertyName("client-request-id")]
    public string? ClientRequestId { get; set; }

    [JsonPropertyName("date")]
    public string? Date { get; set; }
}
