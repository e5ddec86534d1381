namespace BotAlias.AdaptiveCards;

/// <summary>Input.Toggle: a check box whose value is <see cref="ValueOn"/> or <see cref="ValueOff"/> ("true"/"false" by default).</summary>
public sealed record ToggleInput : CardInput
{
    public required string Title { get; init; }

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }
}
