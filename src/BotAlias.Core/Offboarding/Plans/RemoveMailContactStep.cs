using BotAlias.Core.Addresses;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>Deletes a mail contact an offboarding created; never one that existed before.</summary>
public sealed record RemoveMailContactStep(string ContactId, string DisplayName, EmailAddress ExternalAddress) : OffboardingStep
{
    public override string AuditAction => "offboarding.contact_removed";
}
