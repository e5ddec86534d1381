using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Requests;
using BotAlias.Features.People;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// A shared channel's approval card asks for each viewer's own view: buttons for those who may decide,
/// a read-only card for everyone else. The decision handlers check again; this only shapes what shows.
/// </summary>
public sealed class AliasApprovalViewHandler(ActorResolver actors, ApproverRouter router, IAliasRequestStore store) : IAdaptiveCardActionHandler
{
    public string Verb => AliasVerbs.ApprovalView;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var requestId = action.DataString("requestId");
        var request = RequestId.LooksValid(requestId) ? await store.FindAsync(RequestId.Normalize(requestId!), cancellationToken) : null;
        if (request is null)
        {
            return AdaptiveCardInvokeResponse.Message("Only the approver of this request can decide it.");
        }

        var actor = await actors.ResolveAsync(turn, cancellationToken);
        var canDecide = actor is not null && request.State == RequestState.PendingApproval && await router.MayDecideAsync(request, actor.Id, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasApprovalCard.Create(request, AliasFindings.For(request), canDecide)));
    }
}
