using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.People;

namespace BotAlias.Features.AliasRequests;

/// <summary>The help card's "Request an alias" button: the form takes the card's place.</summary>
public sealed class AliasOpenFormHandler(ActorResolver actors) : IAdaptiveCardActionHandler
{
    public string Verb => AliasVerbs.OpenForm;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        if (!turn.Activity.IsPersonal())
        {
            return AdaptiveCardInvokeResponse.Message("Requests are private: message me directly and type \"alias\".");
        }

        var actor = await actors.ResolveAsync(turn, cancellationToken);
        return actor is null
            ? AdaptiveCardInvokeResponse.Message(AliasCommand.NotInDirectory)
            : AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasFormCard.Create(AliasFormValues.Empty, actor.IsAdmin)));
    }
}
