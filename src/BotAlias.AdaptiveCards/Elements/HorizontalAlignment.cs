using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>"horizontalAlignment" of text and images.</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    [JsonStringEnumMemberName("Left")]
    Left,

    [JsonStringEnumMemberName("Center")]
    Center,

    [JsonStringEnumMemberName("Right")]
    Right,
}
