using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>
/// A button that moves a run (Pause, Resume, Cancel, Discard, Retry, Undo). Admins only, checked on every click;
/// a click the run's state no longer allows gets the card as it stands, and changes nothing.
/// </summary>
public abstract class BulkControlHandler(ActorResolver actors, IBulkRunStore store, BulkCards cards, OutboxSignal signal, TimeProvider clock) : IAdaptiveCardActionHandler
{
    public const string AdminsOnly = "Only BotAlias admins can control a bulk run.";

    public abstract string Verb { get; }

    protected IBulkRunStore Store => store;

    protected TimeProvider Clock => clock;

    protected abstract BulkRunTrigger Trigger { get; }

    /// <summary>The audit verb, such as <c>bulk.paused</c>.</summary>
    protected abstract string Action { get; }

    /// <summary>The work the move queues besides telling people (a run job, say).</summary>
    protected virtual IEnumerable<OutboxMessage> Jobs(BulkRun moved, DateTimeOffset now) => [];

    /// <summary>Done before the move, for moves that change items first (Retry puts the failed ones back).</summary>
    protected virtual Task PrepareAsync(BulkRun run, Actor actor, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Who besides any admin may press it; nobody by default.</summary>
    protected virtual bool MayPress(BulkRun run, Actor actor) => actor.IsAdmin;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var run = await store.FindByTextAsync(action.DataString("runId"), cancellationToken);
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (run is null || actor is null || !MayPress(run, actor))
        {
            return AdaptiveCardInvokeResponse.Message(AdminsOnly);
        }

        if (BulkRunStateMachine.TryFire(run.State, Trigger, out _))
        {
            await PrepareAsync(run, actor, cancellationToken);
            var (current, written) = await store.ApplyAsync(
                run,
                latest =>
                {
                    if (!BulkRunStateMachine.TryFire(latest.State, Trigger, out _))
                    {
                        return null;
                    }

                    var now = clock.GetUtcNow();
                    var moved = latest.Fire(Trigger, now) with { Reason = Trigger == BulkRunTrigger.Cancel ? $"cancelled by {actor.Name}" : null };
                    var audit = BulkAudit.Entry(now, actor.Id, actor.Name, Action, moved, latest.State.ToString(), moved.State.ToString());
                    List<OutboxMessage> jobs = [BulkJobs.StatusJob(moved.Id, moved.Version), .. Jobs(moved, now)];
                    return new BulkRunChange(moved, [audit], jobs);
                },
                cancellationToken);
            if (written)
            {
                signal.Notify();
            }

            run = current;
        }

        return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(await cards.CurrentAsync(run, actor.Id, cancellationToken)));
    }
}
