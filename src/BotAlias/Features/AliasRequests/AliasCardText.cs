namespace BotAlias.Features.AliasRequests;

public static class AliasCardText
{
    /// <summary>Room for the bot's own sentences (which may quote an address or a reason) without cutting them short.</summary>
    public const int LongText = 1000;
}
