using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>
/// Approve and Reject. The server decides who may click, not the card; a run is decided once (optimistic versions),
/// so a stale card or a second click gets the current state, never a second decision.
/// </summary>
public abstract class BulkDecisionHandler(
    ActorResolver actors, BulkApproverRouter router, IBulkRunStore store, BulkCards cards, OutboxSignal signal, TimeProvider clock) : IAdaptiveCardActionHandler
{
    public const string NotYours = "Only an approver of this bulk run can decide it.";
    public const string OwnRun = "You can't approve your own bulk run: it needs another approver.";

    public abstract string Verb { get; }

    protected abstract BulkRunTrigger Trigger { get; }

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var run = await store.FindByTextAsync(action.DataString("runId"), cancellationToken);
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (run is null || actor is null)
        {
            return AdaptiveCardInvokeResponse.Message(NotYours);
        }

        if (!await router.MayDecideAsync(run, actor.Id, cancellationToken))
        {
            return AdaptiveCardInvokeResponse.Message(BulkApproverRouter.IsRequester(run, actor.Id) ? OwnRun : NotYours);
        }

        var comment = action.DataString("comment") is { Length: > 0 } text ? CardText.Plain(text, 500) : null;
        var (current, written) = await store.ApplyAsync(
            run,
            latest =>
            {
                if (latest.State != BulkRunState.PendingApproval)
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var decided = latest.Fire(Trigger, now) with { DecidedById = actor.Id, DecidedByName = actor.Name, Reason = Trigger == BulkRunTrigger.Reject ? comment : null };
                var verb = Trigger == BulkRunTrigger.Approve ? "bulk.approved" : "bulk.rejected";
                var audit = BulkAudit.Entry(now, actor.Id, actor.Name, verb, decided, latest.State.ToString(), decided.State.ToString(), comment);
                List<OutboxMessage> jobs = [BulkJobs.StatusJob(decided.Id, decided.Version, comment)];
                if (decided.State == BulkRunState.Approved)
                {
                    jobs.Add(BulkJobs.RunJob(decided.Id, $"v{decided.Version}", now));
                }

                return new BulkRunChange(decided, [audit], jobs);
            },
            cancellationToken);
        if (written)
        {
            signal.Notify();
        }

        return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(await cards.ApprovalAsync(current, actor.Id, cancellationToken)));
    }
}
