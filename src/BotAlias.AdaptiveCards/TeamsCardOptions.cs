namespace BotAlias.AdaptiveCards;

/// <summary>The Teams-specific "msteams" object of a card.</summary>
public sealed record TeamsCardOptions
{
    /// <summary>Cards are narrow by default; "Full" lets a card use the whole message width.</summary>
    public static TeamsCardOptions FullWidth { get; } = new() { Width = "Full" };

    public string? Width { get; init; }
}
