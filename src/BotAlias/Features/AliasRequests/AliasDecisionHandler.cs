using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Features.People;
using BotAlias.Hosting;
using BotAlias.Outbox;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// Approve and Reject. The server decides who may click, not the card; a request decides once, so a
/// stale card or a second click gets the current state, never a second decision.
/// </summary>
public abstract class AliasDecisionHandler(
    ActorResolver actors,
    ApproverRouter router,
    IAliasRequestStore store,
    OutboxSignal signal,
    TimeProvider clock,
    BotAliasMetrics metrics) : IAdaptiveCardActionHandler
{
    public abstract string Verb { get; }

    protected abstract RequestTrigger Trigger { get; }

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var requestId = action.DataString("requestId");
        var request = RequestId.LooksValid(requestId) ? await store.FindAsync(RequestId.Normalize(requestId!), cancellationToken) : null;
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (request is null || actor is null || !await router.MayDecideAsync(request, actor.Id, cancellationToken))
        {
            // A missing request and someone else's get the same answer: ids reveal nothing.
            var refusal = request is not null && actor?.Id == request.RequesterId
                ? "You can't decide your own request: it needs someone else's approval."
                : "Only the approver of this request can decide it.";
            return AdaptiveCardInvokeResponse.Message(refusal);
        }

        var comment = action.DataString("comment") is { Length: > 0 } text ? CardText.Plain(text, 500) : null;
        var (current, written) = await store.ApplyAsync(
            request,
            latest =>
            {
                // A decided request shows what was decided: a stale card or a second click decides nothing.
                if (latest.State != RequestState.PendingApproval)
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var decided = latest.Fire(Trigger, now) with { DecidedById = actor.Id, DecidedByName = actor.Name, DecisionComment = comment };
                var action = Trigger == RequestTrigger.Approve ? "request.approved" : "request.rejected";
                return new AliasChange(decided, AliasAudit.Entry(now, actor.Id, actor.Name, action, decided, latest.State.ToString(), decided.State.ToString(), comment), FollowUp(decided));
            },
            cancellationToken);
        if (written)
        {
            signal.Notify();
            metrics.ApprovalDecided(Trigger == RequestTrigger.Approve ? BotAliasMetrics.Approved : BotAliasMetrics.Rejected);
        }

        return CurrentState(current);
    }

    private static OutboxMessage FollowUp(AliasRequest decided) =>
        decided.State == RequestState.Approved
            ? AliasJobs.ProvisionJob(decided.Id)
            : AliasJobs.StatusJob(decided.Id, decided.State.ToString());

    private static AdaptiveCardInvokeResponse CurrentState(AliasRequest request) =>
        AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasApprovalCard.Create(request, [])));
}
