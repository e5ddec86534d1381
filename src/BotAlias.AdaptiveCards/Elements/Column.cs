using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>One column of a ColumnSet. Not a body element on its own, so "type" is a plain property.</summary>
public sealed record Column
{
    [JsonPropertyOrder(-1)]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Serialized as the JSON \"type\"; static members are not.")]
    public string Type => "Column";

    public string? Id { get; init; }

    public ColumnWidth? Width { get; init; }

    public IReadOnlyList<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    public Spacing? Spacing { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Separator { get; init; }
}
