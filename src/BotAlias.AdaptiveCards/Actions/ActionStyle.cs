using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Action "style": how the button is emphasised.</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<ActionStyle>))]
public enum ActionStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("positive")]
    Positive,

    [JsonStringEnumMemberName("destructive")]
    Destructive,
}
