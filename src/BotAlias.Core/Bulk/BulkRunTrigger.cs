namespace BotAlias.Core.Bulk;

public enum BulkRunTrigger
{
    Submit,
    Approve,
    Reject,
    Start,
    Pause,
    Resume,
    Cancel,
    Complete,
    RetryFailed,
    Undo,
    FinishUndo,
}
