namespace BotAlias.Core.Bulk;

public enum BulkRunState
{
    /// <summary>Dry run done; nothing written; the admin may submit it or drop it.</summary>
    DryRun,
    PendingApproval,
    Rejected,
    Approved,
    Running,
    Paused,

    /// <summary>Every pending item was tried; some may have failed (Retry sends those again).</summary>
    Completed,

    /// <summary>Stopped by an admin; what was done stays done and can be undone.</summary>
    Cancelled,
    Undoing,
    Undone,
}
