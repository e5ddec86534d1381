using BotAlias.AdaptiveCards;
using BotAlias.Bot;

namespace BotAlias.Features.Help;

public static class HelpCard
{
    public const string Title = "BotAlias";

    public static AdaptiveCard Create(string? userName, HelpReason reason, IReadOnlyList<HelpTopic> topics)
    {
        var greeting = reason switch
        {
            HelpReason.Greeting when !string.IsNullOrWhiteSpace(userName) => $"Hi {CardText.Escape(FirstName(userName))}, I look after the email addresses in your organisation.",
            HelpReason.Greeting => "Hi, I look after the email addresses in your organisation.",
            HelpReason.NotUnderstood => "Sorry, I didn't catch that. Here is what I can do:",
            _ => "Here is what I can do:",
        };

        var buttons = topics.Where(t => t.ButtonTitle is not null && t.ButtonVerb is not null)
            .Select(t => (CardAction)new ExecuteAction { Title = t.ButtonTitle, Verb = t.ButtonVerb! })
            .ToList();
        return new AdaptiveCard
        {
            Actions = buttons.Count == 0 ? null : buttons,
            Body =
            [
                new TextBlock { Text = Title, Size = TextSize.Large, Weight = TextWeight.Bolder },
                new TextBlock { Text = greeting, Wrap = true },
                new FactSet { Facts = [.. topics.Select(t => new Fact(t.Command, t.Description))] },
                new TextBlock
                {
                    Text = "Type a command, or pick one from the list next to the message box.",
                    Wrap = true,
                    IsSubtle = true,
                    Size = TextSize.Small,
                },
            ],
        };
    }

    private static string FirstName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : trimmed;
    }
}
