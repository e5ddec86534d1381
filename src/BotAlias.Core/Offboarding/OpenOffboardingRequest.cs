namespace BotAlias.Core.Offboarding;

/// <summary>An offboarding request that is not finished (pending, approved, running or stopped), as a conflict check sees it.</summary>
public sealed record OpenOffboardingRequest(
    string RequestId, string LeaverId, string LeaverName, string? ColleagueId, string? ColleagueName);
