namespace BotAlias.AdaptiveCards;

/// <summary>Input.Date. Values are "yyyy-MM-dd".</summary>
public sealed record DateInput : CardInput
{
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }

    public string? Placeholder { get; init; }
}
