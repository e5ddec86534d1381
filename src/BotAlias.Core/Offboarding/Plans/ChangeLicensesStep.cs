namespace BotAlias.Core.Offboarding.Plans;

/// <summary>Removes (or, in a reversal, gives back) directly assigned licences. Always the last change to a mailbox's owner.</summary>
public sealed record ChangeLicensesStep(string UserId, IReadOnlyList<LicenseRef> Add, IReadOnlyList<LicenseRef> Remove) : OffboardingStep
{
    public override string AuditAction => "offboarding.licenses";
}
