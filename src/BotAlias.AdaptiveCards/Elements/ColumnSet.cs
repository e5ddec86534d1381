namespace BotAlias.AdaptiveCards;

/// <summary>Lays columns out side by side.</summary>
public sealed record ColumnSet : CardElement
{
    public string? Id { get; init; }

    public IReadOnlyList<Column> Columns { get; init; } = [];
}
