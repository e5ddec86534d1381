using BotAlias.Core.Addresses;

namespace BotAlias.Core.Requests;

/// <summary>A request to add a secondary address to a mailbox, from asking to done.</summary>
public sealed record AliasRequest
{
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public required string RequesterId { get; init; }

    public required string RequesterName { get; init; }

    public AliasRequestKind Kind { get; init; } = AliasRequestKind.Add;

    /// <summary>The recipient (mailbox) that will hold the address (or, for a removal, holds it now).</summary>
    public required string TargetId { get; init; }

    public required string TargetName { get; init; }

    public required EmailAddress Address { get; init; }

    public required AliasReason Reason { get; init; }

    public string? ReasonText { get; init; }

    public required ApproverRoute Approver { get; init; }

    /// <summary>
    /// Who else may decide since the request waited too long for <see cref="Approver"/> (the approver's manager
    /// or the approvers group); null until escalated. The approver may still decide.
    /// </summary>
    public ApproverRoute? EscalatedTo { get; init; }

    public RequestState State { get; init; } = RequestState.PendingApproval;

    /// <summary>Incremented by every change; a write names the version it read.</summary>
    public long Version { get; init; } = 1;

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string? DecidedById { get; init; }

    public string? DecidedByName { get; init; }

    public string? DecisionComment { get; init; }

    public string? FailureReason { get; init; }

    /// <summary>Where the requester asked, so status goes back to that thread.</summary>
    public string? RequesterConversationId { get; init; }

    /// <summary>The channel or group chat thread where the request was first asked, if not the 1:1 chat; never changes.</summary>
    public string? OriginConversationId { get; init; }

    /// <summary>The requester's status card, updated in place.</summary>
    public string? StatusActivityId { get; init; }

    /// <summary>Where the approval card was sent, and its activity, updated once decided.</summary>
    public string? ApprovalConversationId { get; init; }

    public string? ApprovalActivityId { get; init; }

    /// <summary>Identifies the activity that created the request, so a redelivery creates nothing new.</summary>
    public string? SourceActivityKey { get; init; }

    public bool IsOpen => RequestStateMachine.IsOpen(State);

    /// <summary>The request after <paramref name="trigger"/>; throws for an illegal transition.</summary>
    public AliasRequest Fire(RequestTrigger trigger, DateTimeOffset now) =>
        this with { State = RequestStateMachine.Fire(State, trigger), Version = Version + 1, UpdatedAt = now };
}
