using BotAlias.Core.Addresses;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>
/// Makes <paramref name="Address"/> the recipient's primary; the old primary stays as a secondary, so it can
/// move next (Exchange never removes a primary).
/// </summary>
public sealed record SetPrimaryAddressStep(string RecipientId, EmailAddress Address, EmailAddress PreviousPrimary) : OffboardingStep
{
    public override string AuditAction => "offboarding.primary_address";
}
