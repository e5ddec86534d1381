using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

public static class AliasRequestUpdates
{
    /// <summary>
    /// Applies <paramref name="change"/> to the latest version of the request until the write wins.
    /// When someone else changed the request first, the change is asked again with what they wrote; it
    /// returns null to leave the request as it is (e.g. already decided).
    /// </summary>
    /// <returns>The request as stored afterwards, and whether this change was the one written.</returns>
    public static async Task<(AliasRequest Request, bool Written)> ApplyAsync(
        this IAliasRequestStore store, AliasRequest request, Func<AliasRequest, AliasChange?> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (change(request) is not { } next)
            {
                return (request, false);
            }

            if (await store.UpdateAsync(next.Updated, request.Version, next.Audit, next.Enqueue, cancellationToken))
            {
                return (next.Updated, true);
            }

            request = await store.FindAsync(request.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Request {request.Id} disappeared while it was being updated.");
        }
    }
}
