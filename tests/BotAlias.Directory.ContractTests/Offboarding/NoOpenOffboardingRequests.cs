using BotAlias.Core.Offboarding;

namespace BotAlias.Directory.ContractTests.Offboarding;

/// <summary>No one else is being offboarded: the scenarios exercise the directory, not the request store.</summary>
internal sealed class NoOpenOffboardingRequests : IOpenOffboardingRequests
{
    public Task<IReadOnlyList<OpenOffboardingRequest>> FindOpenInvolvingAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OpenOffboardingRequest>>([]);
}
