using BotAlias.Core.Requests;

namespace BotAlias.Core.Bulk;

/// <summary>The life of a bulk run. Everything not listed is illegal.</summary>
public static class BulkRunStateMachine
{
    private static readonly Dictionary<(BulkRunState, BulkRunTrigger), BulkRunState> Transitions = new()
    {
        [(BulkRunState.DryRun, BulkRunTrigger.Submit)] = BulkRunState.PendingApproval,
        [(BulkRunState.DryRun, BulkRunTrigger.Cancel)] = BulkRunState.Cancelled,
        [(BulkRunState.PendingApproval, BulkRunTrigger.Approve)] = BulkRunState.Approved,
        [(BulkRunState.PendingApproval, BulkRunTrigger.Reject)] = BulkRunState.Rejected,
        [(BulkRunState.PendingApproval, BulkRunTrigger.Cancel)] = BulkRunState.Cancelled,
        [(BulkRunState.Approved, BulkRunTrigger.Start)] = BulkRunState.Running,
        [(BulkRunState.Approved, BulkRunTrigger.Cancel)] = BulkRunState.Cancelled,
        // A restart finds the run mid-way: starting again is how it resumes.
        [(BulkRunState.Running, BulkRunTrigger.Start)] = BulkRunState.Running,
        [(BulkRunState.Running, BulkRunTrigger.Pause)] = BulkRunState.Paused,
        [(BulkRunState.Running, BulkRunTrigger.Cancel)] = BulkRunState.Cancelled,
        [(BulkRunState.Running, BulkRunTrigger.Complete)] = BulkRunState.Completed,
        [(BulkRunState.Paused, BulkRunTrigger.Resume)] = BulkRunState.Running,
        [(BulkRunState.Paused, BulkRunTrigger.Cancel)] = BulkRunState.Cancelled,
        [(BulkRunState.Completed, BulkRunTrigger.RetryFailed)] = BulkRunState.Running,
        [(BulkRunState.Completed, BulkRunTrigger.Undo)] = BulkRunState.Undoing,
        [(BulkRunState.Cancelled, BulkRunTrigger.Undo)] = BulkRunState.Undoing,
        [(BulkRunState.Undoing, BulkRunTrigger.Start)] = BulkRunState.Undoing,
        [(BulkRunState.Undoing, BulkRunTrigger.FinishUndo)] = BulkRunState.Undone,
    };

    public static bool TryFire(BulkRunState state, BulkRunTrigger trigger, out BulkRunState next) =>
        Transitions.TryGetValue((state, trigger), out next);

    /// <exception cref="IllegalTransitionException">The trigger is not allowed in that state.</exception>
    public static BulkRunState Fire(BulkRunState state, BulkRunTrigger trigger) =>
        TryFire(state, trigger, out var next)
            ? next
            : throw new IllegalTransitionException($"A bulk run that is {state} cannot be {trigger}.");

    /// <summary>States in which the background job writes to the directory.</summary>
    public static bool IsWriting(BulkRunState state) => state is BulkRunState.Running or BulkRunState.Undoing;
}
