namespace BotAlias.Core.Offboarding.Plans;

/// <summary>Changes the sign-in name, so the leaver's old one can become the colleague's address.</summary>
public sealed record SetUserPrincipalNameStep(string UserId, string UserPrincipalName, string PreviousUserPrincipalName) : OffboardingStep
{
    public override string AuditAction => "offboarding.sign_in_name";
}
