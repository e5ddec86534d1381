using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Image "style"; Person crops to a circle.</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<ImageStyle>))]
public enum ImageStyle
{
    [JsonStringEnumMemberName("Default")]
    Default,

    [JsonStringEnumMemberName("Person")]
    Person,
}
