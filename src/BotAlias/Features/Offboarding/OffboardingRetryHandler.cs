using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>Retry on a stopped plan's status card: the requester or an admin; it resumes at the failed step.</summary>
public sealed class OffboardingRetryHandler(ActorResolver actors, OffboardingRequesterActions requests, TimeProvider clock) : IAdaptiveCardActionHandler
{
    public string Verb => OffboardingVerbs.Retry;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            return AdaptiveCardInvokeResponse.Message(AliasCommand.NotInDirectory);
        }

        var (request, refusal) = await requests.RetryAsync(actor, action.DataString("requestId"), cancellationToken);
        return request is null || refusal is not null
            ? AdaptiveCardInvokeResponse.Message(refusal ?? OffboardingRequesterActions.NotFound)
            : AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(OffboardingStatusCard.Create(request, clock.GetUtcNow())));
    }
}
