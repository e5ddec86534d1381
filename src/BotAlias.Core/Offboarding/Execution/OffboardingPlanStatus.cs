namespace BotAlias.Core.Offboarding.Execution;

public enum OffboardingPlanStatus
{
    NotStarted,

    /// <summary>Some steps done, none failed: running, or interrupted by a restart and to be resumed.</summary>
    InProgress,

    /// <summary>A step failed; the steps before it stay done, and running the plan again retries from it.</summary>
    Stopped,

    Completed,
}
