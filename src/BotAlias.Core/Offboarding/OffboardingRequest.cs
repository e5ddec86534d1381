using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Requests;

namespace BotAlias.Core.Offboarding;

/// <summary>A request to offboard someone (or to undo that), from asking to done, with its plan and each step's result.</summary>
public sealed record OffboardingRequest
{
    /// <summary>"OB-XXXXXX" (<see cref="OffboardingRequestId"/>).</summary>
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public OffboardingRequestKind Kind { get; init; } = OffboardingRequestKind.Offboarding;

    /// <summary>For a reversal: the offboarding it undoes.</summary>
    public string? ReversesRequestId { get; init; }

    public required string RequesterId { get; init; }

    public required string RequesterName { get; init; }

    public required string LeaverName { get; init; }

    public string? ColleagueName { get; init; }

    /// <summary>The form as submitted; the leaver's and colleague's ids are in it.</summary>
    public required OffboardingOptions Options { get; init; }

    public required ApproverRoute Approver { get; init; }

    public OffboardingRequestState State { get; init; } = OffboardingRequestState.PendingApproval;

    /// <summary>The plan and its results, persisted after every step; null until planned.</summary>
    public OffboardingPlanState? Plan { get; init; }

    /// <summary>Incremented by every change; a write names the version it read.</summary>
    public long Version { get; init; } = 1;

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string? DecidedById { get; init; }

    public string? DecidedByName { get; init; }

    public string? FailureReason { get; init; }

    public string? RequesterConversationId { get; init; }

    public string? StatusActivityId { get; init; }

    public string? ApprovalConversationId { get; init; }

    public string? ApprovalActivityId { get; init; }

    /// <summary>Identifies the activity that created the request, so a redelivery creates nothing new.</summary>
    public string? SourceActivityKey { get; init; }

    public bool IsOpen => OffboardingRequestStateMachine.IsOpen(State);

    /// <summary>The request after <paramref name="trigger"/>; throws for an illegal transition.</summary>
    public OffboardingRequest Fire(OffboardingRequestTrigger trigger, DateTimeOffset now) =>
        this with { State = OffboardingRequestStateMachine.Fire(State, trigger), Version = Version + 1, UpdatedAt = now };
}
