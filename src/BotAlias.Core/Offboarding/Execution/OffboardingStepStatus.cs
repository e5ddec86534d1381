namespace BotAlias.Core.Offboarding.Execution;

public enum OffboardingStepStatus
{
    Pending,

    /// <summary>Started and not known to have finished: found so after a restart, it runs again (every write is idempotent).</summary>
    Running,

    Succeeded,

    /// <summary>Stopped the plan; running the plan again retries it.</summary>
    Failed,
}
