namespace BotAlias.AdaptiveCards;

/// <summary>A two-column list of title/value pairs.</summary>
public sealed record FactSet : CardElement
{
    public string? Id { get; init; }

    public IReadOnlyList<Fact> Facts { get; init; } = [];
}
