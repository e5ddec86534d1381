namespace BotAlias.Features.AliasRequests;

public static class AliasVerbs
{
    public const string Submit = "alias/submit";
    public const string Approve = "alias/approve";
    public const string Reject = "alias/reject";
    public const string Cancel = "alias/cancel";
    public const string OpenForm = "alias/open";

    /// <summary>The refresh of an approval card in a shared channel: each viewer gets their own view.</summary>
    public const string ApprovalView = "alias/approval-view";
}
