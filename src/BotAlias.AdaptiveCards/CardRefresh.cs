using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>
/// "refresh": Teams sends the action as an adaptiveCard/action invoke when one of <see cref="UserIds"/> views
/// the card, so each of them can get their own view. Teams honours at most 60 user ids.
/// </summary>
public sealed record CardRefresh
{
    public const int MaxUserIds = 60;

    [JsonConverter(typeof(ExecuteActionWithTypeJsonConverter))]
    public required ExecuteAction Action { get; init; }

    /// <summary>Teams user ids ("29:...") or Entra object ids.</summary>
    public IReadOnlyList<string>? UserIds { get; init; }
}
