namespace BotAlias.AdaptiveCards;

/// <summary>An element an Action.ToggleVisibility acts on; IsVisible null toggles, true/false forces.</summary>
public sealed record TargetElement(string ElementId, bool? IsVisible = null);
