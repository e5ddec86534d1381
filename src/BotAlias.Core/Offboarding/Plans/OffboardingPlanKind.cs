namespace BotAlias.Core.Offboarding.Plans;

public enum OffboardingPlanKind
{
    Offboarding,

    /// <summary>Undoes what an offboarding did, for a returning employee or a mistake.</summary>
    Reversal,
}
