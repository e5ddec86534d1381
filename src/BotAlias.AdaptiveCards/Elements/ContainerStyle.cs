using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Container "style": background and emphasis.</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<ContainerStyle>))]
public enum ContainerStyle
{
    [JsonStringEnumMemberName("Default")]
    Default,

    [JsonStringEnumMemberName("Emphasis")]
    Emphasis,

    [JsonStringEnumMemberName("Good")]
    Good,

    [JsonStringEnumMemberName("Attention")]
    Attention,

    [JsonStringEnumMemberName("Warning")]
    Warning,

    [JsonStringEnumMemberName("Accent")]
    Accent,
}
