using BotAlias.Core.Offboarding;

namespace BotAlias.Features.Offboarding;

public static class OffboardingLookup
{
    /// <summary>The request with the id as typed or sent back by a card; null for anything that is not an id.</summary>
    public static async Task<OffboardingRequest?> FindAsync(IOffboardingRequestStore store, string? id, CancellationToken cancellationToken) =>
        OffboardingRequestId.LooksValid(id) ? await store.FindAsync(id!.Trim().ToUpperInvariant(), cancellationToken) : null;
}
