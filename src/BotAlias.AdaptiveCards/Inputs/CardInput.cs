using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>
/// An input. Its <see cref="Id"/> is the key its value arrives under in the Action.Execute data, so it is
/// required. Labels, placeholders and values are shown as plain text (use <see cref="CardText.Plain"/>).
/// </summary>
public abstract record CardInput : CardElement
{
    public required string Id { get; init; }

    public string? Label { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsRequired { get; init; }

    /// <summary>Shown when <see cref="IsRequired"/> or a regex check fails on the client.</summary>
    public string? ErrorMessage { get; init; }
}
