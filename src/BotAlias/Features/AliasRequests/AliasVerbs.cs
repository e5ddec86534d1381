namespace BotAlias.Features.AliasRequests;

public static class AliasVerbs
{
    public const string Submit = "alias/submit";
    public const string Approve = "alias/approve";
    public const string Reject = "alias/reject";
    public const string Cancel = "alias/cancel";
    public const string OpenForm = "alias/open";
}
