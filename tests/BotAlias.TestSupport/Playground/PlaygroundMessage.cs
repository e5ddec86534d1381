using System.Text.Json;
using System.Text.Json.Nodes;

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
    public string CardText => DisplayedText(AdaptiveCards);

    /// <summary>What the cards display, one piece per line.</summary>
    public static string DisplayedText(IEnumerable<JsonElement> cards) =>
        string.Join(Environment.NewLine, cards.SelectMany(DisplayedStrings));

    /// <summary>
    /// What the web client posts when the Action.Execute button with <paramref name="verb"/> is clicked: the action's
    /// data with the value of every input of its card, as typed (<paramref name="typed"/>, by input id) or as the card
    /// preset it (empty when it has no value).
    /// </summary>
    /// <exception cref="InvalidOperationException">No card of this message has that button, or an input typed into
    /// does not exist; the message lists what the cards have.</exception>
    public JsonObject ExecuteActionData(string verb, IReadOnlyDictionary<string, string>? typed = null)
    {
        typed ??= new Dictionary<string, string>();
        foreach (var card in AdaptiveCards)
        {
            var action = Descendants(card).FirstOrDefault(element =>
                StringProperty(element, "type") == "Action.Execute" && StringProperty(element, "verb") == verb);
            if (action.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var inputs = Descendants(card)
                .Where(element => StringProperty(element, "type")?.StartsWith("Input.", StringComparison.Ordinal) == true
                    && StringProperty(element, "id") is not null)
                .ToList();
            var unknown = typed.Keys.Except(inputs.Select(input => StringProperty(input, "id")!)).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The card with '{verb}' has no input {string.Join(", ", unknown)}; its inputs: {string.Join(", ", inputs.Select(input => StringProperty(input, "id")))}.");
            }

            var data = action.TryGetProperty("data", out var actionData) && actionData.ValueKind == JsonValueKind.Object
                ? JsonNode.Parse(actionData.GetRawText())!.AsObject()
                : [];
            foreach (var input in inputs)
            {
                var id = StringProperty(input, "id")!;
                data[id] = typed.TryGetValue(id, out var value) ? value : StringProperty(input, "value") ?? "";
            }

            return data;
        }

        throw new InvalidOperationException(
            $"Message {MessageId} has no Action.Execute button with verb '{verb}'. Its cards show:{Environment.NewLine}{CardText}");
    }

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

    private static string? StringProperty(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The element and every object or array inside it, depth first.</summary>
    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        IEnumerable<JsonElement> children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(property => property.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var nested in Descendants(child))
            {
                yield return nested;
            }
        }
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
