namespace BotAlias.Core.Bulk;

/// <summary>Where one mailbox stands in a run. The dry run sets the first five; running and undoing set the rest.</summary>
public enum BulkItemStatus
{
    /// <summary>To change, not yet done.</summary>
    Pending,

    AlreadyDone,

    /// <summary>The address is held by someone else, or by another mailbox of the same run.</summary>
    Conflict,

    /// <summary>The pattern gives no valid address for this mailbox, or the list entry matches no mailbox.</summary>
    Invalid,

    /// <summary>Synced from on-premises: change it in Active Directory.</summary>
    Synced,

    Done,
    Failed,
    Undone,
    UndoFailed,
}
