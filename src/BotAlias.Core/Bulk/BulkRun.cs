using BotAlias.Core.Requests;

namespace BotAlias.Core.Bulk;

/// <summary>A bulk change from dry run to done (or undone). Its items are stored apart, one row per mailbox.</summary>
public sealed record BulkRun
{
    /// <summary>"BK-XXXXXX" (<see cref="BulkRunId"/>).</summary>
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string RequesterId { get; init; }

    public required string RequesterName { get; init; }

    public required BulkAudience Audience { get; init; }

    public required BulkChangeSpec Change { get; init; }

    public BulkRunState State { get; init; } = BulkRunState.DryRun;

    /// <summary>Set on submit: the approvers group or a named admin.</summary>
    public ApproverRoute? Approver { get; init; }

    /// <summary>Incremented by every change to the run (not by item progress); a write names the version it read.</summary>
    public long Version { get; init; } = 1;

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string? DecidedById { get; init; }

    public string? DecidedByName { get; init; }

    /// <summary>Why it stopped, was rejected or was cancelled.</summary>
    public string? Reason { get; init; }

    /// <summary>Where the requester's progress card is, so it is updated in place.</summary>
    public string? RequesterConversationId { get; init; }

    public string? StatusActivityId { get; init; }

    /// <summary>Identifies the activity that created the run, so a redelivery creates nothing new.</summary>
    public string? SourceActivityKey { get; init; }

    /// <summary>The run after <paramref name="trigger"/>; throws for an illegal transition.</summary>
    public BulkRun Fire(BulkRunTrigger trigger, DateTimeOffset now) =>
        this with { State = BulkRunStateMachine.Fire(State, trigger), Version = Version + 1, UpdatedAt = now };
}
