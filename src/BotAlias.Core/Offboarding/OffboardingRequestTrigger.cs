namespace BotAlias.Core.Offboarding;

public enum OffboardingRequestTrigger
{
    Approve,
    Reject,
    Cancel,

    /// <summary>The plan starts, resumes after a restart, or is retried after a stop.</summary>
    Start,

    Stop,
    Complete,

    /// <summary>Its reversal completed.</summary>
    MarkReversed,
}
