namespace BotAlias.Core.Offboarding.Execution;

/// <summary>What happened to one step, persisted with the plan after every change.</summary>
public sealed record OffboardingStepResult
{
    public OffboardingStepStatus Status { get; init; } = OffboardingStepStatus.Pending;

    /// <summary>How many times the step was started, this run and earlier ones.</summary>
    public int Attempts { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Why the step failed, in words for the status card and the audit log.</summary>
    public string? FailureReason { get; init; }

    /// <summary>The directory did not answer in time: the same step will probably work if retried later.</summary>
    public bool IsTransient { get; init; }

    /// <summary>What the runner put back after the failure (an address returned to the leaver), for the audit log.</summary>
    public string? Compensation { get; init; }

    /// <summary>
    /// An address came off the leaver, did not reach the colleague, and could not be put back: mail to it bounces
    /// until the step is retried. The caller should alert an admin.
    /// </summary>
    public bool AddressMayBeUnheld { get; init; }

    /// <summary>The id of the mail contact a <c>CreateMailContactStep</c> created, so forwarding and a reversal can find it.</summary>
    public string? CreatedContactId { get; init; }
}
