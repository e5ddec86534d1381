namespace BotAlias.Core.Offboarding.Plans;

public sealed record SetHiddenFromAddressListsStep(string UserId, bool Hidden) : OffboardingStep
{
    public override string AuditAction => "offboarding.address_book";
}
