using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.Help;

namespace BotAlias.Bot;

/// <summary>Routes typed messages (and files sent in chat) to the features, and greets when the bot is added.</summary>
public sealed class BotAliasActivityHandler(IEnumerable<IMessageCommand> commands, IEnumerable<IMessageAttachmentHandler> attachmentHandlers, HelpCommand help) : IActivityHandler
{
    private readonly IMessageCommand[] _commands = [.. commands];
    private readonly IMessageAttachmentHandler[] _attachmentHandlers = [.. attachmentHandlers];

    public async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // A file sent in chat is what the person meant, whatever text came with it.
        var attachmentHandler = turn.Activity.Attachments is { Count: > 0 } ? Array.Find(_attachmentHandlers, h => h.CanHandle(turn.Activity)) : null;
        if (attachmentHandler is not null)
        {
            await attachmentHandler.HandleAsync(turn, cancellationToken);
            return;
        }

        var text = turn.Text.ToLowerInvariant();
        var command = text.Length == 0 ? null : Array.Find(_commands, c => c.Matches(text));
        if (command is not null)
        {
            await command.HandleAsync(turn, cancellationToken);
            return;
        }

        // A first message of any kind gets the greeting; later unknown text gets a gentle pointer.
        await help.SendAsync(turn, turn.IsFirstContact ? HelpReason.Greeting : HelpReason.NotUnderstood, cancellationToken);
    }

    public async Task OnConversationEventAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var botAdded = activity.Type == ActivityTypes.ConversationUpdate
            && activity.MembersAdded?.Any(m => m.Id is not null && m.Id == botId) == true;
        if (botAdded)
        {
            await help.SendAsync(turn, HelpReason.Greeting, cancellationToken);
        }
    }

    public Task OnTurnErrorAsync(TurnContext turn, Exception exception, string reference, CancellationToken cancellationToken) =>
        turn.SendAsync(
            CardMessages.Text($"Sorry, something went wrong on my side and nothing was changed. If it happens again, give your admin this reference: {reference}"),
            cancellationToken);
}
