using BotAlias.Bot;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Directory;

namespace BotAlias.Features.Help;

/// <summary>"help" (and the usual greetings) show what BotAlias can do.</summary>
public sealed class HelpCommand(IEnumerable<HelpTopic> topics, IDirectory directory) : IMessageCommand
{
    private static readonly HashSet<string> HelpWords = ["help", "?", "menu", "commands"];
    private static readonly HashSet<string> GreetingWords = ["hi", "hello", "hey", "start"];

    private readonly HelpTopic[] _topics = [.. topics.OrderBy(t => t.Order)];

    public bool Matches(string text) => HelpWords.Contains(Word(text)) || GreetingWords.Contains(Word(text));

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        SendAsync(turn, GreetingWords.Contains(Word(turn.Text.ToLowerInvariant())) ? HelpReason.Greeting : HelpReason.Asked, cancellationToken);

    public async Task SendAsync(TurnContext turn, HelpReason reason, CancellationToken cancellationToken)
    {
        // Some channels (the Playground's install events) send no name; the directory knows it.
        var name = turn.Activity.From?.Name;
        if (string.IsNullOrWhiteSpace(name) && turn.Activity.From?.AadObjectId is { Length: > 0 } id)
        {
            name = (await directory.FindUserAsync(id, cancellationToken))?.DisplayName;
        }

        var card = HelpCard.Create(name, reason, _topics);
        await turn.SendAsync(CardMessages.Card(card, "What BotAlias can do"), cancellationToken);
    }

    private static string Word(string text) => text.TrimEnd('!', '.');
}
