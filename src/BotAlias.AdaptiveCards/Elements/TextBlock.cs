using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>
/// Text with a markdown subset. <see cref="Text"/> IS rendered as markdown, so untrusted parts must go through
/// <see cref="CardText.Escape"/>.
/// </summary>
public sealed record TextBlock : CardElement
{
    public string? Id { get; init; }

    public required string Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Wrap { get; init; }

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public TextColor? Color { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsSubtle { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public TextBlockStyle? Style { get; init; }
}
