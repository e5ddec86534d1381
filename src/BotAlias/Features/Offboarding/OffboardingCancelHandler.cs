using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>Cancel on the status card: the requester or an admin, before the plan starts (or while it is stopped).</summary>
public sealed class OffboardingCancelHandler(ActorResolver actors, OffboardingRequesterActions requests, OffboardingNotifier notifier, TimeProvider clock) : IAdaptiveCardActionHandler
{
    public string Verb => OffboardingVerbs.Cancel;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            return AdaptiveCardInvokeResponse.Message(AliasCommand.NotInDirectory);
        }

        var (request, refusal) = await requests.CancelAsync(actor, action.DataString("requestId"), cancellationToken);
        if (request is null || refusal is not null)
        {
            return AdaptiveCardInvokeResponse.Message(refusal ?? OffboardingRequesterActions.NotFound);
        }

        var card = OffboardingStatusCard.Create(request, clock.GetUtcNow(), await notifier.ColleagueNoticeAsync(request, cancellationToken));
        return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(card));
    }
}
