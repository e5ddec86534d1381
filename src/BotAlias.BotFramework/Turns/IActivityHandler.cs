namespace BotAlias.BotFramework.Turns;

/// <summary>The application's side of a turn. Invokes of <c>adaptiveCard/action</c> go to verb handlers instead.</summary>
public interface IActivityHandler
{
    Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>conversationUpdate and installationUpdate: the bot was added, removed, or members changed.</summary>
    Task OnConversationEventAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>A turn failed: tell the user something went wrong, without details.</summary>
    Task OnTurnErrorAsync(TurnContext turn, Exception exception, string reference, CancellationToken cancellationToken);
}
