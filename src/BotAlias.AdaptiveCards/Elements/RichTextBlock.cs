namespace BotAlias.AdaptiveCards;

/// <summary>A paragraph of separately styled runs; unlike TextBlock its runs are NOT rendered as markdown.</summary>
public sealed record RichTextBlock : CardElement
{
    public string? Id { get; init; }

    public IReadOnlyList<TextRun> Inlines { get; init; } = [];

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
