namespace BotAlias.Core.Offboarding;

public enum OffboardingRequestKind
{
    Offboarding,

    /// <summary>Undoes a completed (or stopped) offboarding; goes through the same approval and audit.</summary>
    Reversal,
}
