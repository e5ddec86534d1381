using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotAlias.AdaptiveCards;

/// <summary>Turns cards into JSON (string, element or node) and reads them back.</summary>
public static class AdaptiveCardSerializer
{
    public static string ToJson(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, AdaptiveCardJsonContext.Default.AdaptiveCard);
    }

    /// <summary>For embedding the card in an activity attachment or an invoke response.</summary>
    public static JsonElement ToJsonElement(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToElement(card, AdaptiveCardJsonContext.Default.AdaptiveCard);
    }

    public static JsonObject ToJsonNode(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToNode(card, AdaptiveCardJsonContext.Default.AdaptiveCard)!.AsObject();
    }

    /// <summary>
    /// Reads a card. Throws <see cref="JsonException"/> with the reason for anything this model cannot
    /// represent: malformed JSON, a missing required property, an unknown element or action type.
    /// </summary>
    public static AdaptiveCard FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, AdaptiveCardJsonContext.Default.AdaptiveCard)
                ?? throw new JsonException("The JSON is null, not an Adaptive Card.");
        }
        catch (NotSupportedException e)
        {
            // System.Text.Json reports an unknown "type" discriminator on an abstract base this way.
            throw new JsonException($"The card contains an element or action this model does not support: {e.Message}", e);
        }
    }
}
