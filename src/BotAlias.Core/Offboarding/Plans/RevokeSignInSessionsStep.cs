namespace BotAlias.Core.Offboarding.Plans;

/// <summary>Signs the user out everywhere; has no reversal.</summary>
public sealed record RevokeSignInSessionsStep(string UserId) : OffboardingStep
{
    public override string AuditAction => "offboarding.sessions_revoked";
}
