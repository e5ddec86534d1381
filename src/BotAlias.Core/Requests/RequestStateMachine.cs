namespace BotAlias.Core.Requests;

/// <summary>
/// The life of a request. A request decides once (approve, reject or cancel, only while pending),
/// and provisioning can only follow an approval. Everything not listed here is illegal.
/// </summary>
public static class RequestStateMachine
{
    private static readonly Dictionary<(RequestState, RequestTrigger), RequestState> Transitions = new()
    {
        [(RequestState.PendingApproval, RequestTrigger.Approve)] = RequestState.Approved,
        [(RequestState.PendingApproval, RequestTrigger.Reject)] = RequestState.Rejected,
        [(RequestState.PendingApproval, RequestTrigger.Cancel)] = RequestState.Cancelled,
        [(RequestState.Approved, RequestTrigger.StartProvisioning)] = RequestState.Provisioning,
        [(RequestState.Approved, RequestTrigger.Fail)] = RequestState.Failed,
        // A restart may find a request mid-provisioning: starting again is how it resumes.
        [(RequestState.Provisioning, RequestTrigger.StartProvisioning)] = RequestState.Provisioning,
        [(RequestState.Provisioning, RequestTrigger.Complete)] = RequestState.Completed,
        [(RequestState.Provisioning, RequestTrigger.Fail)] = RequestState.Failed,
    };

    public static bool TryFire(RequestState state, RequestTrigger trigger, out RequestState next) =>
        Transitions.TryGetValue((state, trigger), out next);

    public static RequestState Fire(RequestState state, RequestTrigger trigger) =>
        TryFire(state, trigger, out var next)
            ? next
            : throw new IllegalTransitionException(state, trigger);

    /// <summary>While a request is open its address is reserved: nobody else may ask for it.</summary>
    public static bool IsOpen(RequestState state) =>
        state is RequestState.PendingApproval or RequestState.Approved or RequestState.Provisioning;

    public static bool IsDecided(RequestState state) => state != RequestState.PendingApproval;
}
