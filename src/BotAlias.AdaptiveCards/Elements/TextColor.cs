using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>TextBlock/TextRun "color".</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<TextColor>))]
public enum TextColor
{
    [JsonStringEnumMemberName("Default")]
    Default,

    [JsonStringEnumMemberName("Dark")]
    Dark,

    [JsonStringEnumMemberName("Light")]
    Light,

    [JsonStringEnumMemberName("Accent")]
    Accent,

    [JsonStringEnumMemberName("Good")]
    Good,

    [JsonStringEnumMemberName("Warning")]
    Warning,

    [JsonStringEnumMemberName("Attention")]
    Attention,
}
