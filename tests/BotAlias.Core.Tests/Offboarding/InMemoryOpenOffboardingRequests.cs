using BotAlias.Core.Offboarding;

namespace BotAlias.Core.Tests.Offboarding;

internal sealed class InMemoryOpenOffboardingRequests : IOpenOffboardingRequests
{
    public List<OpenOffboardingRequest> Open { get; } = [];

    public Task<IReadOnlyList<OpenOffboardingRequest>> FindOpenInvolvingAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OpenOffboardingRequest>>(Open
            .Where(r => string.Equals(r.LeaverId, userId, StringComparison.OrdinalIgnoreCase) || string.Equals(r.ColleagueId, userId, StringComparison.OrdinalIgnoreCase))
            .ToList());
}
