using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk;

public static class BulkRunUpdates
{
    /// <summary>
    /// Applies <paramref name="change"/> to the latest version of the run until the write wins. When someone else
    /// changed it first, the change is asked again with what they wrote; null leaves the run as it is.
    /// </summary>
    /// <returns>The run as stored afterwards, and whether this change was the one written.</returns>
    public static async Task<(BulkRun Run, bool Written)> ApplyAsync(
        this IBulkRunStore store, BulkRun run, Func<BulkRun, BulkRunChange?> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (change(run) is not { } next)
            {
                return (run, false);
            }

            if (await store.UpdateAsync(next.Updated, run.Version, next.Audit, next.Enqueue, cancellationToken))
            {
                return (next.Updated, true);
            }

            run = await store.FindAsync(run.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Bulk run {run.Id} disappeared while it was being updated.");
        }
    }

    /// <summary>The run with the id as typed or sent back by a card; null for anything that is not an id.</summary>
    public static async Task<BulkRun?> FindByTextAsync(this IBulkRunStore store, string? id, CancellationToken cancellationToken) =>
        BulkRunId.LooksValid(id) ? await store.FindAsync(id!.Trim().ToUpperInvariant(), cancellationToken) : null;
}
