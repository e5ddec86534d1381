using System.Globalization;
using System.Text.Json.Nodes;

namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>What a Graph request gets, whether it came alone or inside a <c>$batch</c>.</summary>
public sealed record FakeGraphResponse(int Status, JsonNode? Body, IReadOnlyDictionary<string, string> Headers)
{
    public static FakeGraphResponse Json(int status, JsonNode? body) =>
        new(status, body, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" });

    public static FakeGraphResponse NoContent() => new(204, null, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Graph's error envelope (https://learn.microsoft.com/graph/errors), with a request-id header and innerError.</summary>
    public static FakeGraphResponse Error(int status, string code, string message, string? retryAfter = null)
    {
        var requestId = Guid.NewGuid().ToString();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/json",
            ["request-id"] = requestId,
            ["client-request-id"] = requestId,
        };
        if (retryAfter is not null)
        {
            headers["Retry-After"] = retryAfter;
        }

        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = requestId,
                },
            },
        };
        return new FakeGraphResponse(status, body, headers);
    }
}
