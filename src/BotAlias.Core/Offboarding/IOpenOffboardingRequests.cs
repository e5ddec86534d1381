namespace BotAlias.Core.Offboarding;

/// <summary>The request store's answer to "is someone already offboarding these people?".</summary>
public interface IOpenOffboardingRequests
{
    /// <summary>Open offboarding requests in which the user is the leaver or the colleague.</summary>
    Task<IReadOnlyList<OpenOffboardingRequest>> FindOpenInvolvingAsync(string userId, CancellationToken cancellationToken = default);
}
