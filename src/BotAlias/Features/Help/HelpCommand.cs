using BotAlias.Bot;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Directory;

namespace BotAlias.Features.Help;

/// <summary>"help" (and the usual greetings) show what BotAlias can do.</summary>
public sealed class HelpCommand : IMessageCommand
{
    private const string Summary = "What BotAlias can do";

    private static readonly HashSet<string> HelpWords = ["help", "?", "menu", "commands"];
    private static readonly HashSet<string> GreetingWords = ["hi", "hello", "hey", "start"];

    private readonly IDirectory _directory;
    private readonly HelpTopic[] _topics;

    // Only the greeting names the person; the other cards are the same for everyone, so each is built and
    // serialised once (the activity and its card element are immutable and shared by every turn).
    private readonly Activity _askedMessage;
    private readonly Activity _notUnderstoodMessage;

    public HelpCommand(IEnumerable<HelpTopic> topics, IDirectory directory)
    {
        _directory = directory;
        _topics = [.. topics.OrderBy(t => t.Order)];
        _askedMessage = Message(null, HelpReason.Asked);
        _notUnderstoodMessage = Message(null, HelpReason.NotUnderstood);
    }

    public bool Matches(string text) => HelpWords.Contains(Word(text)) || GreetingWords.Contains(Word(text));

    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        SendAsync(turn, GreetingWords.Contains(Word(turn.Text.ToLowerInvariant())) ? HelpReason.Greeting : HelpReason.Asked, cancellationToken);

    public async Task SendAsync(TurnContext turn, HelpReason reason, CancellationToken cancellationToken)
    {
        var message = reason switch
        {
            HelpReason.Asked => _askedMessage,
            HelpReason.NotUnderstood => _notUnderstoodMessage,
            _ => Message(await NameAsync(turn, cancellationToken), reason),
        };
        await turn.SendAsync(message, cancellationToken);
    }

    private async Task<string?> NameAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Some channels (the Playground's install events) send no name; the directory knows it.
        var name = turn.Activity.From?.Name;
        if (string.IsNullOrWhiteSpace(name) && turn.Activity.From?.AadObjectId is { Length: > 0 } id)
        {
            name = (await _directory.FindUserAsync(id, cancellationToken))?.DisplayName;
        }

        return name;
    }

    private Activity Message(string? userName, HelpReason reason) =>
        CardMessages.Card(HelpCard.Create(userName, reason, _topics), Summary);

    private static string Word(string text) => text.TrimEnd('!', '.');
}
