namespace BotAlias.AdaptiveCards;

/// <summary>Buttons placed inside the body rather than at the bottom of the card.</summary>
public sealed record ActionSet : CardElement
{
    public string? Id { get; init; }

    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
