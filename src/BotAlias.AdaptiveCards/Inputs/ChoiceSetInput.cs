using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Input.ChoiceSet. With <see cref="IsMultiSelect"/> the value is a comma-separated list of choice values.</summary>
public sealed record ChoiceSetInput : CardInput
{
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    public ChoiceInputStyle? Style { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsMultiSelect { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }
}
