using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.People;

namespace BotAlias.Features.AliasRequests;

/// <summary>The Cancel button on the requester's status card.</summary>
public sealed class AliasCancelHandler(ActorResolver actors, AliasCancellation cancellation) : IAdaptiveCardActionHandler
{
    public string Verb => AliasVerbs.Cancel;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            return AdaptiveCardInvokeResponse.Message(AliasCommand.NotInDirectory);
        }

        var (request, refusal) = await cancellation.CancelAsync(actor, action.DataString("requestId"), cancellationToken);
        return request is null
            ? AdaptiveCardInvokeResponse.Message(refusal!)
            : AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasStatusCard.Create(request)));
    }
}
