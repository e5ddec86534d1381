using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>
/// The dry run's "Send for approval": the admin who made the dry run may send it, taking the suggested addresses
/// if they ticked so. Sent once: a second click or a redelivery gets the run as it stands.
/// </summary>
public sealed class BulkSubmitHandler(
    ActorResolver actors, IBulkRunStore store, BulkApproverRouter router, BulkCards cards, OutboxSignal signal, TimeProvider clock) : IAdaptiveCardActionHandler
{
    private const int Page = 1000;

    public string Verb => BulkVerbs.Submit;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var run = await store.FindByTextAsync(action.DataString("runId"), cancellationToken);
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (run is null || actor is null || !actor.IsAdmin || !BulkApproverRouter.IsRequester(run, actor.Id))
        {
            return AdaptiveCardInvokeResponse.Message("Only the admin who made this dry run can send it for approval.");
        }

        if (run.State == BulkRunState.DryRun)
        {
            if (IsTrue(action.DataString("acceptSuggestions")))
            {
                await AcceptSuggestionsAsync(run.Id, actor, cancellationToken);
            }

            if ((await store.CountAsync(run.Id, cancellationToken))[BulkItemStatus.Pending] == 0)
            {
                return Card(await cards.CurrentAsync(run, actor.Id, cancellationToken));
            }

            var (current, written) = await store.ApplyAsync(
                run,
                latest =>
                {
                    if (latest.State != BulkRunState.DryRun)
                    {
                        return null;
                    }

                    var now = clock.GetUtcNow();
                    var submitted = latest.Fire(BulkRunTrigger.Submit, now) with { Approver = router.Route() };
                    var audit = BulkAudit.Entry(now, actor.Id, actor.Name, "bulk.submitted", submitted, latest.State.ToString(), submitted.State.ToString(), $"to {submitted.Approver!.DisplayName}");
                    List<OutboxMessage> jobs = [BulkJobs.NotifyApproversJob(submitted.Id, turn.Activity.ServiceUrl!)];
                    return new BulkRunChange(submitted, [audit], jobs);
                },
                cancellationToken);
            if (written)
            {
                signal.Notify();
            }

            run = current;
        }

        return Card(await cards.CurrentAsync(run, actor.Id, cancellationToken));
    }

    /// <summary>Each conflict with a suggestion becomes a change to the suggested address; audited once for the run.</summary>
    private async Task AcceptSuggestionsAsync(string runId, Actor actor, CancellationToken cancellationToken)
    {
        var after = 0;
        var accepted = 0;
        while (true)
        {
            var conflicts = await store.ListItemsAsync(runId, [BulkItemStatus.Conflict], after, Page, cancellationToken);
            if (conflicts.Count == 0)
            {
                break;
            }

            var now = clock.GetUtcNow();
            var updates = conflicts.Where(i => i.Suggestion is not null)
                .Select(i => new BulkItemUpdate(i.Sequence, BulkItemStatus.Pending, null, 0, now) { Address = i.Suggestion })
                .ToList();
            if (updates.Count > 0)
            {
                await store.UpdateItemsAsync(runId, updates, [], cancellationToken);
                accepted += updates.Count;
            }

            after = conflicts[^1].Sequence;
        }

        if (accepted > 0 && await store.FindAsync(runId, cancellationToken) is { } run)
        {
            var entry = BulkAudit.Entry(clock.GetUtcNow(), actor.Id, actor.Name, "bulk.suggestions_accepted", run, details: $"{accepted} suggested addresses taken instead of conflicting ones");
            await store.UpdateItemsAsync(runId, [], [entry], cancellationToken);
        }
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static AdaptiveCardInvokeResponse Card(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(card));
}
