namespace BotAlias.Features.Offboarding;

public static class OffboardingVerbs
{
    public const string Preview = "offboarding/preview";
    public const string Submit = "offboarding/submit";
    public const string Approve = "offboarding/approve";
    public const string Reject = "offboarding/reject";
    public const string Cancel = "offboarding/cancel";
    public const string Retry = "offboarding/retry";
    public const string Undo = "offboarding/undo";
}
