namespace BotAlias.Core.Offboarding.Plans;

/// <summary>Blocks (or, in a reversal, allows again) the user's sign-in.</summary>
public sealed record SetAccountEnabledStep(string UserId, bool Enabled) : OffboardingStep
{
    public override string AuditAction => "offboarding.account_enabled";
}
