using System.Text.Json;

namespace BotAlias.TestSupport.Playground;

/// <summary>
/// The bot's answer to a click on an Action.Execute button, as the Playground passes it on: <c>{type, value}</c>, where
/// value is a card that replaces the clicked one, or a message string.
/// </summary>
public sealed record PlaygroundInvokeAnswer(string Type, JsonElement Value, string Raw)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    public bool IsCard => Type == CardType;

    /// <summary>What the person reads: the card's displayed text, one piece per line, or the message.</summary>
    public string Text => IsCard
        ? PlaygroundMessage.DisplayedText([Value])
        : Value.ValueKind == JsonValueKind.String ? Value.GetString()! : Value.ToString();

    /// <exception cref="JsonException">The answer is not the JSON object an invoke response is.</exception>
    public static PlaygroundInvokeAnswer Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new JsonException("The Playground's answer to the click is not an invoke response {type, value}: " + body);
        }

        var value = root.TryGetProperty("value", out var found) ? found.Clone() : default;
        return new PlaygroundInvokeAnswer(type.GetString()!, value, body);
    }
}
