namespace BotAlias.AdaptiveCards;

/// <summary>Action.ShowCard: expands <see cref="Card"/> below the actions. Its inputs are sent with the parent card's actions.</summary>
public sealed record ShowCardAction : CardAction
{
    public required AdaptiveCard Card { get; init; }
}
