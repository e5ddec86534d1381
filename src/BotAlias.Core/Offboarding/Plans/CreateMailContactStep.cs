using BotAlias.Core.Addresses;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>Creates the mail contact external forwarding points at (the seed's "custom recipient"); its id is recorded.</summary>
public sealed record CreateMailContactStep(string DisplayName, EmailAddress ExternalAddress) : OffboardingStep
{
    public override string AuditAction => "offboarding.contact_created";
}
