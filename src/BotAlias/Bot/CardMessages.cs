using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Schema;

namespace BotAlias.Bot;

public static class CardMessages
{
    public static Activity Card(AdaptiveCard card, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments =
        [
            new Attachment { ContentType = AdaptiveCard.ContentType, Content = AdaptiveCardSerializer.ToJsonElement(card) },
        ],
    };

    /// <summary>A message of our own wording; never put user or directory text here unescaped.</summary>
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
}
