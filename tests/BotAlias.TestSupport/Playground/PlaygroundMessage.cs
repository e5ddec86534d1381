using System.Text.Json;

namespace BotAlias.TestSupport.Playground;

/// <summary>
/// A message frame from the Playground's conversation stream, as its web client receives it:
/// <c>{action, message:{messageId, timestamp, from, text, attachments}}</c>.
/// </summary>
public sealed record PlaygroundMessage(
    string Action,
    string MessageId,
    long Timestamp,
    string FromId,
    string? Text,
    IReadOnlyList<JsonElement> AdaptiveCards,
    string Raw)
{
    private const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    // The card properties a person reads; ids, verbs and data are left out so they cannot satisfy a text check.
    private static readonly HashSet<string> DisplayedProperties =
        ["text", "title", "value", "label", "placeholder", "altText", "fallbackText"];

    /// <summary>What the cards display, one piece per line, for "contains" checks and failure messages.</summary>
    public string CardText => string.Join(Environment.NewLine, AdaptiveCards.SelectMany(DisplayedStrings));

    /// <returns>Null for frames that are not about a message (the stream's other actions, or no message).</returns>
    /// <exception cref="JsonException">The frame is not JSON.</exception>
    public static PlaygroundMessage? Parse(string frame)
    {
        using var document = JsonDocument.Parse(frame);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("action", out var action)
            || action.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("message", out var message)
            || message.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var cards = new List<JsonElement>();
        if (message.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                if (attachment.ValueKind == JsonValueKind.Object
                    && attachment.TryGetProperty("contentType", out var contentType)
                    && contentType.ValueKind == JsonValueKind.String
                    && contentType.GetString() == AdaptiveCardContentType
                    && attachment.TryGetProperty("content", out var content))
                {
                    cards.Add(content.Clone());
                }
            }
        }

        return new PlaygroundMessage(
            action.GetString()!,
            message.TryGetProperty("messageId", out var id) ? id.ToString() : "",
            message.TryGetProperty("timestamp", out var timestamp) && timestamp.TryGetInt64(out var milliseconds) ? milliseconds : 0,
            message.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object
                && from.TryGetProperty("id", out var fromId) ? fromId.ToString() : "",
            message.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null,
            cards,
            frame);
    }

    private static IEnumerable<string> DisplayedStrings(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String)
                    {
                        if (DisplayedProperties.Contains(property.Name))
                        {
                            yield return property.Value.GetString()!;
                        }
                    }
                    else if (property.Name != "data")
                    {
                        // "data" is what an action posts back, never shown.
                        foreach (var nested in DisplayedStrings(property.Value))
                        {
                            yield return nested;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var nested in DisplayedStrings(item))
                    {
                        yield return nested;
                    }
                }

                break;
            default:
                break;
        }
    }
}
