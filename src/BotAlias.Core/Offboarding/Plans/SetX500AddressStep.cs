namespace BotAlias.Core.Offboarding.Plans;

/// <summary>
/// Adds (or removes) an <c>X500:</c> address: given the leaver's LegacyExchangeDN, the colleague receives what
/// colleagues' autocomplete still sends to the leaver.
/// </summary>
public sealed record SetX500AddressStep(string UserId, string X500, bool Present) : OffboardingStep
{
    public override string AuditAction => "offboarding.x500_address";
}
