namespace BotAlias.AdaptiveCards;

/// <summary>An image by URL (https or a data: URI).</summary>
public sealed record Image : CardElement
{
    public string? Id { get; init; }

    public required string Url { get; init; }

    /// <summary>Read by screen readers; plain text.</summary>
    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
