using BotAlias.AdaptiveCards;

namespace BotAlias.Features.AliasRequests;

/// <summary>A short answer in place of the form, when there is nothing to request.</summary>
public static class AliasAnswerCard
{
    public static AdaptiveCard Create(string message) => new()
    {
        Body =
        [
            new TextBlock { Text = AliasFormCard.Title, Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock { Text = CardText.Escape(message, AliasCardText.LongText), Wrap = true },
        ],
    };
}
