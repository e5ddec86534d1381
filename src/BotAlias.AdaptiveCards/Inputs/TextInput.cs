using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Input.Text.</summary>
public sealed record TextInput : CardInput
{
    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public int? MaxLength { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsMultiline { get; init; }

    /// <summary>Checked by the client before the action is sent; the bot must validate again.</summary>
    public string? Regex { get; init; }

    public TextInputStyle? Style { get; init; }
}
