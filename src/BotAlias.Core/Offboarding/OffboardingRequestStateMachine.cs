using BotAlias.Core.Requests;

namespace BotAlias.Core.Offboarding;

/// <summary>The life of an offboarding request. Everything not listed is illegal.</summary>
public static class OffboardingRequestStateMachine
{
    private static readonly Dictionary<(OffboardingRequestState, OffboardingRequestTrigger), OffboardingRequestState> Transitions = new()
    {
        [(OffboardingRequestState.PendingApproval, OffboardingRequestTrigger.Approve)] = OffboardingRequestState.Approved,
        [(OffboardingRequestState.PendingApproval, OffboardingRequestTrigger.Reject)] = OffboardingRequestState.Rejected,
        [(OffboardingRequestState.PendingApproval, OffboardingRequestTrigger.Cancel)] = OffboardingRequestState.Cancelled,
        // A scheduled run can be cancelled until it starts.
        [(OffboardingRequestState.Approved, OffboardingRequestTrigger.Cancel)] = OffboardingRequestState.Cancelled,
        [(OffboardingRequestState.Approved, OffboardingRequestTrigger.Start)] = OffboardingRequestState.Running,
        // A restart may find a request mid-plan: starting again is how it resumes.
        [(OffboardingRequestState.Running, OffboardingRequestTrigger.Start)] = OffboardingRequestState.Running,
        [(OffboardingRequestState.Running, OffboardingRequestTrigger.Stop)] = OffboardingRequestState.Stopped,
        [(OffboardingRequestState.Running, OffboardingRequestTrigger.Complete)] = OffboardingRequestState.Completed,
        [(OffboardingRequestState.Stopped, OffboardingRequestTrigger.Start)] = OffboardingRequestState.Running,
        [(OffboardingRequestState.Stopped, OffboardingRequestTrigger.Cancel)] = OffboardingRequestState.Cancelled,
        [(OffboardingRequestState.Stopped, OffboardingRequestTrigger.MarkReversed)] = OffboardingRequestState.Reversed,
        [(OffboardingRequestState.Completed, OffboardingRequestTrigger.MarkReversed)] = OffboardingRequestState.Reversed,
    };

    public static bool TryFire(OffboardingRequestState state, OffboardingRequestTrigger trigger, out OffboardingRequestState next) =>
        Transitions.TryGetValue((state, trigger), out next);

    /// <exception cref="IllegalTransitionException">The trigger is not allowed in that state.</exception>
    public static OffboardingRequestState Fire(OffboardingRequestState state, OffboardingRequestTrigger trigger) =>
        TryFire(state, trigger, out var next)
            ? next
            : throw new IllegalTransitionException($"An offboarding request that is {state} cannot be {trigger}.");

    /// <summary>While open, the request blocks another on the same people.</summary>
    public static bool IsOpen(OffboardingRequestState state) =>
        state is OffboardingRequestState.PendingApproval or OffboardingRequestState.Approved
            or OffboardingRequestState.Running or OffboardingRequestState.Stopped;

    /// <summary>Only these can be undone by a reversal request.</summary>
    public static bool CanBeReversed(OffboardingRequestState state) =>
        state is OffboardingRequestState.Completed or OffboardingRequestState.Stopped;
}
