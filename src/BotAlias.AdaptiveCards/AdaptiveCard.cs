using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>
/// An Adaptive Card as Teams renders it (schema 1.5). Build it from the typed elements and actions and turn it
/// into JSON with <see cref="AdaptiveCardSerializer"/>; text from users or the directory goes through
/// <see cref="CardText"/> first.
/// </summary>
public sealed record AdaptiveCard
{
    /// <summary>The attachment content type for a card, and the invoke response type that replaces one.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Teams renders Adaptive Cards up to 1.5; Action.Execute and refresh need at least 1.4.</summary>
    public const string TeamsVersion = "1.5";

    [JsonPropertyOrder(-3)]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Serialized as the JSON \"type\"; static members are not.")]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-2)]
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; } = SchemaUrl;

    /// <summary>Required on a top-level card; may be null on the card inside an Action.ShowCard.</summary>
    [JsonPropertyOrder(-1)]
    public string? Version { get; init; } = TeamsVersion;

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Makes Teams call the bot for a user-specific view when listed users open the card.</summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>Shown by clients that cannot render this version; may contain markdown.</summary>
    public string? FallbackText { get; init; }

    /// <summary>Teams-only extension (not in the Adaptive Cards schema).</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; }
}
