using BotAlias.Core.Addresses;

namespace BotAlias.Core.Offboarding.Plans;

/// <summary>
/// Takes a secondary address off one recipient and gives it to another, in that order because an address has
/// one holder. If it can't be given, the runner puts it back, so it never stays without a holder.
/// </summary>
public sealed record MoveAddressStep(EmailAddress Address, string FromRecipientId, string ToRecipientId) : OffboardingStep
{
    public override string AuditAction => "offboarding.address_moved";
}
