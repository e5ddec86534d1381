using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Input.ChoiceSet "style": a drop-down, radio buttons/check boxes, or a searchable list (1.5).</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")]
    Compact,

    [JsonStringEnumMemberName("expanded")]
    Expanded,

    [JsonStringEnumMemberName("filtered")]
    Filtered,
}
