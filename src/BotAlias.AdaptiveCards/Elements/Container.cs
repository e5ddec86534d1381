using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Groups elements, optionally on a styled background.</summary>
public sealed record Container : CardElement
{
    public string? Id { get; init; }

    public IReadOnlyList<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    /// <summary>Lets a styled background reach the card's edges.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Bleed { get; init; }
}
