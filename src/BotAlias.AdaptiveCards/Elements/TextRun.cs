using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>One styled run of a RichTextBlock. Plain text: markdown is not applied (use <see cref="CardText.Plain"/>).</summary>
public sealed record TextRun
{
    [JsonPropertyOrder(-1)]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Serialized as the JSON \"type\"; static members are not.")]
    public string Type => "TextRun";

    public required string Text { get; init; }

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public TextColor? Color { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsSubtle { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Italic { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Strikethrough { get; init; }
}
