namespace BotAlias.Features.Offboarding;

public static class OffboardingCardText
{
    /// <summary>Room for the bot's own sentences, which may quote names, addresses and the automatic reply.</summary>
    public const int LongText = 1500;
}
