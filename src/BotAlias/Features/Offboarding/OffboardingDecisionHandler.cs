using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Outbox;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Approve and Reject. The server decides who may click, not the card; a request decides once (optimistic
/// versions), so a stale card or a second click gets the current state, never a second decision.
/// </summary>
public abstract class OffboardingDecisionHandler(
    ActorResolver actors, OffboardingApproverRouter router, IOffboardingRequestStore store, OutboxSignal signal, TimeProvider clock) : IAdaptiveCardActionHandler
{
    public abstract string Verb { get; }

    protected abstract OffboardingRequestTrigger Trigger { get; }

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var request = await OffboardingLookup.FindAsync(store, action.DataString("requestId"), cancellationToken);
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (request is null || actor is null || !await router.MayDecideAsync(request, actor.Id, cancellationToken))
        {
            return AdaptiveCardInvokeResponse.Message(Refusal(request, actor));
        }

        var comment = action.DataString("comment") is { Length: > 0 } text ? CardText.Plain(text, 500) : null;
        var (current, written) = await store.ApplyAsync(
            request,
            latest =>
            {
                if (latest.State != OffboardingRequestState.PendingApproval)
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var decided = latest.Fire(Trigger, now) with { DecidedById = actor.Id, DecidedByName = actor.Name };
                var verb = Trigger == OffboardingRequestTrigger.Approve ? "offboarding.approved" : "offboarding.rejected";
                var audit = OffboardingAudit.Entry(now, actor.Id, actor.Name, verb, decided, latest.State.ToString(), decided.State.ToString(), comment);
                List<OutboxMessage> jobs = [OffboardingJobs.StatusJob(decided.Id, decided.Version, comment)];
                if (decided.State == OffboardingRequestState.Approved)
                {
                    // A scheduled run waits in the queue until its time, so it survives restarts.
                    jobs.Add(OffboardingJobs.RunJob(decided.Id, decided.Version, decided.Options.RunAt is { } at && at > now ? at : now));
                }

                return new OffboardingChange(decided, [audit], jobs);
            },
            cancellationToken);
        if (written)
        {
            signal.Notify();
        }

        return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(OffboardingApprovalCard.Create(current, clock.GetUtcNow())));
    }

    private static string Refusal(OffboardingRequest? request, Actor? actor)
    {
        // A missing request and someone else's get the same answer: ids reveal nothing.
        if (request is null || actor is null)
        {
            return "Only the approver of this request can decide it.";
        }

        if (string.Equals(actor.Id, request.RequesterId, StringComparison.OrdinalIgnoreCase))
        {
            return "You can't decide your own request: it needs someone else's approval.";
        }

        return string.Equals(actor.Id, request.Options.LeaverId, StringComparison.OrdinalIgnoreCase)
            ? "You can't decide on a request about yourself: it needs someone else's approval."
            : "Only the approver of this request can decide it.";
    }
}
