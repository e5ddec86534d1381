using System.Text.Json;

namespace BotAlias.TestSupport.Playground;

/// <summary>
/// One activity as the Playground's log stream reports it: either the Playground delivering an activity to the bot
/// (<see cref="IsToBot"/>) with the bot's HTTP answer, or the bot calling the Playground's connector.
/// </summary>
public sealed record PlaygroundLogEntry(
    string ActivityName,
    string From,
    string To,
    string? MessageId,
    string? Text,
    int? StatusCode,
    string Raw)
{
    private const string BotSide = "User Application";

    public bool IsToBot => To == BotSide;

    public bool IsFromBot => From == BotSide;

    /// <summary>The HTTP exchange went wrong: a non-2xx status, or none at all (the peer was unreachable).</summary>
    public bool Failed => StatusCode is not (>= 200 and < 300);

    /// <returns>The activity of an "appendLog" frame; null for other frames and for the Playground's own notes
    /// ("Connecting to your application...").</returns>
    /// <exception cref="JsonException">The frame is not JSON.</exception>
    public static PlaygroundLogEntry? Parse(string frame)
    {
        using var document = JsonDocument.Parse(frame);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("logAction", out var action)
            || action.GetString() != "appendLog"
            || !root.TryGetProperty("log", out var log)
            || log.ValueKind != JsonValueKind.Object
            || !log.TryGetProperty("activityName", out _))
        {
            return null;
        }

        int? statusCode = log.TryGetProperty("response", out var response)
            && response.ValueKind == JsonValueKind.Object
            && response.TryGetProperty("statusCode", out var status)
            && status.TryGetInt32(out var code)
                ? code
                : null;
        string? text = log.TryGetProperty("request", out var request)
            && request.ValueKind == JsonValueKind.Object
            && request.TryGetProperty("body", out var body)
            && body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("text", out var bodyText)
            && bodyText.ValueKind == JsonValueKind.String
                ? bodyText.GetString()
                : null;
        return new PlaygroundLogEntry(
            StringOrEmpty(log, "activityName"),
            StringOrEmpty(log, "from"),
            StringOrEmpty(log, "to"),
            log.TryGetProperty("messageId", out var messageId) ? messageId.GetString() : null,
            text,
            statusCode,
            frame);
    }

    public override string ToString() =>
        $"{ActivityName} from '{From}' to '{To}'{(Text is null ? "" : $" text '{Text}'")}: status {StatusCode?.ToString() ?? "none"}";

    private static string StringOrEmpty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
