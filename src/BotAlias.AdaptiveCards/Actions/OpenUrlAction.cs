namespace BotAlias.AdaptiveCards;

/// <summary>Action.OpenUrl: opens <see cref="Url"/> in the browser.</summary>
public sealed record OpenUrlAction : CardAction
{
    public required string Url { get; init; }
}
