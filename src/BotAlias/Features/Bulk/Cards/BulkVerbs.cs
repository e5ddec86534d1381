namespace BotAlias.Features.Bulk.Cards;

/// <summary>The Action.Execute verbs of the bulk cards. Every action's data carries "runId", except the form's dry run.</summary>
public static class BulkVerbs
{
    public const string DryRun = "bulk/dryrun";
    public const string Submit = "bulk/submit";
    public const string Discard = "bulk/discard";
    public const string Approve = "bulk/approve";
    public const string Reject = "bulk/reject";
    public const string Pause = "bulk/pause";
    public const string Resume = "bulk/resume";
    public const string Cancel = "bulk/cancel";
    public const string Retry = "bulk/retry";
    public const string Undo = "bulk/undo";
}
