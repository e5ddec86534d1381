using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>TextBlock "style" (1.5); Heading is announced as a heading by screen readers.</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("heading")]
    Heading,
}
