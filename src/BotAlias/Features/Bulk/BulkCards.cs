using BotAlias.AdaptiveCards;
using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.Bulk.Export;
using BotAlias.Features.People;

namespace BotAlias.Features.Bulk;

/// <summary>Builds the card that shows a run as it stands now, with its counts, examples and a fresh CSV link.</summary>
public sealed class BulkCards(IBulkRunStore store, BulkLinks links, ActorResolver actors, BulkRates rates, TimeProvider clock)
{
    private const int Samples = 5;
    private const int Problems = 10;

    private static readonly BulkItemStatus[] ToChange = [BulkItemStatus.Pending];
    private static readonly BulkItemStatus[] PlanProblems = [BulkItemStatus.Conflict, BulkItemStatus.Invalid, BulkItemStatus.Synced];
    private static readonly BulkItemStatus[] Failures = [BulkItemStatus.Failed, BulkItemStatus.UndoFailed];

    /// <summary>The requester's card: the dry run before submit, then progress and the report.</summary>
    /// <param name="viewerId">Who will see it: links are made out to them, and Undo is offered to admins only.</param>
    public async Task<AdaptiveCard> CurrentAsync(BulkRun run, string viewerId, CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(run.Id, cancellationToken);
        var link = await links.ForAsync(run, viewerId, cancellationToken);
        if (run.State == BulkRunState.DryRun)
        {
            var samples = await store.ListItemsAsync(run.Id, ToChange, 0, Samples, cancellationToken);
            var problems = await store.ListItemsAsync(run.Id, PlanProblems, 0, Problems, cancellationToken);
            var suggestions = await CountSuggestionsAsync(run.Id, counts, cancellationToken);
            return BulkDryRunCard.Create(run, counts, samples, problems, link, offerSubmit: string.Equals(viewerId, run.RequesterId, StringComparison.OrdinalIgnoreCase), suggestions);
        }

        var failures = await store.ListItemsAsync(run.Id, Failures, 0, Problems, cancellationToken);
        var offerUndo = await actors.IsAdminAsync(viewerId, cancellationToken);
        return BulkProgressCard.Create(run, counts, rates.Find(run.Id), failures, link, clock.GetUtcNow(), offerUndo);
    }

    private async Task<int> CountSuggestionsAsync(string runId, BulkRunCounts counts, CancellationToken cancellationToken)
    {
        if (counts[BulkItemStatus.Conflict] == 0)
        {
            return 0;
        }

        var (total, after) = (0, 0);
        while (true)
        {
            var page = await store.ListItemsAsync(runId, [BulkItemStatus.Conflict], after, 1000, cancellationToken);
            if (page.Count == 0)
            {
                return total;
            }

            total += page.Count(i => i.Suggestion is not null);
            after = page[^1].Sequence;
        }
    }

    /// <summary>The approvers' card.</summary>
    public async Task<AdaptiveCard> ApprovalAsync(BulkRun run, string approverId, CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(run.Id, cancellationToken);
        var samples = await store.ListItemsAsync(run.Id, ToChange, 0, Samples, cancellationToken);
        var link = await links.ForAsync(run, approverId, cancellationToken);
        return BulkApprovalCard.Create(run, counts, samples, link, decided: run.State != BulkRunState.PendingApproval);
    }
}
