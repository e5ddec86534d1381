using BotAlias.BotFramework.Turns;

namespace BotAlias.BotFramework.Invoke;

/// <summary>Handles one Action.Execute verb. Verbs are unique across the app; a duplicate fails at start.</summary>
public interface IAdaptiveCardActionHandler
{
    string Verb { get; }

    Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken);
}
