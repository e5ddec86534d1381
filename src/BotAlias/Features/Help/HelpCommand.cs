using BotAlias.Bot;
using BotAlias.BotFramework.Turns;

namespace BotAlias.Features.Help;

/// <summary>"help" (and the usual greetings) show what BotAlias can do.</summary>
public sealed class HelpCommand(IEnumerable<HelpTopic> topics) : IMessageCommand
{
    private static readonly HashSet<string> Words = ["help", "?", "hi", "hello", "hey", "start", "menu", "commands"];

    private readonly HelpTopic[] _topics = [.. topics.OrderBy(t => t.Order)];

    public bool Matches(string text) => Words.Contains(text.TrimEnd('!', '.'));

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        SendAsync(turn, HelpReason.Asked, cancellationToken);

    public async Task SendAsync(TurnContext turn, HelpReason reason, CancellationToken cancellationToken)
    {
        var card = HelpCard.Create(turn.Activity.From?.Name, reason, _topics);
        await turn.SendAsync(CardMessages.Card(card, "What BotAlias can do"), cancellationToken);
    }
}
