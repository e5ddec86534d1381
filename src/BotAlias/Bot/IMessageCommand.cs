using BotAlias.BotFramework.Turns;

namespace BotAlias.Bot;

/// <summary>A feature's answer to something typed in chat.</summary>
public interface IMessageCommand
{
    /// <summary>Whether this command takes the message; <paramref name="text"/> is trimmed, lower-cased and without the bot's mention.</summary>
    bool Matches(string text);

    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
