namespace BotAlias.AdaptiveCards;

/// <summary>Input.Time. Values are "HH:mm".</summary>
public sealed record TimeInput : CardInput
{
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }

    public string? Placeholder { get; init; }
}
