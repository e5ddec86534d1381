using BotAlias.Core.Offboarding;

namespace BotAlias.Features.Offboarding;

public static class OffboardingRequestUpdates
{
    /// <summary>
    /// Applies <paramref name="change"/> to the latest version of the request until the write wins. When someone
    /// else changed it first, the change is asked again with what they wrote; null leaves the request as it is.
    /// </summary>
    /// <returns>The request as stored afterwards, and whether this change was the one written.</returns>
    public static async Task<(OffboardingRequest Request, bool Written)> ApplyAsync(
        this IOffboardingRequestStore store, OffboardingRequest request, Func<OffboardingRequest, OffboardingChange?> change, CancellationToken cancellationToken)
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
                ?? throw new InvalidOperationException($"Offboarding request {request.Id} disappeared while it was being updated.");
        }
    }
}
