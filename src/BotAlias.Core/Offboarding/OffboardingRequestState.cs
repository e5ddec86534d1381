namespace BotAlias.Core.Offboarding;

public enum OffboardingRequestState
{
    PendingApproval,

    /// <summary>Approved and waiting to start: now, or at its scheduled time. The requester or an admin may still cancel.</summary>
    Approved,

    Running,

    /// <summary>A step failed; the plan waits for Retry (or a cancel, which leaves the finished steps in place).</summary>
    Stopped,

    Completed,
    Rejected,
    Cancelled,

    /// <summary>A completed (or stopped) offboarding that a reversal request has undone.</summary>
    Reversed,
}
