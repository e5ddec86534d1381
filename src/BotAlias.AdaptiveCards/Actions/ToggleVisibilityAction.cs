namespace BotAlias.AdaptiveCards;

/// <summary>Action.ToggleVisibility: shows or hides elements by id without a round trip to the bot.</summary>
public sealed record ToggleVisibilityAction : CardAction
{
    public IReadOnlyList<TargetElement> TargetElements { get; init; } = [];
}
