using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>TextBlock/TextRun "size".</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<TextSize>))]
public enum TextSize
{
    [JsonStringEnumMemberName("Default")]
    Default,

    [JsonStringEnumMemberName("Small")]
    Small,

    [JsonStringEnumMemberName("Medium")]
    Medium,

    [JsonStringEnumMemberName("Large")]
    Large,

    [JsonStringEnumMemberName("ExtraLarge")]
    ExtraLarge,
}
