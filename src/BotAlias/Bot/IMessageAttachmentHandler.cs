using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;

namespace BotAlias.Bot;

/// <summary>
/// A feature's answer to a message that carries something other than text, such as a file sent in the 1:1 chat.
/// Asked before the typed commands: a file means what it is, whatever words came with it.
/// </summary>
public interface IMessageAttachmentHandler
{
    /// <summary>Whether this handler takes the message. Looks only at the activity: cheap, no I/O, never throws.</summary>
    bool CanHandle(Activity activity);

    Task HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
