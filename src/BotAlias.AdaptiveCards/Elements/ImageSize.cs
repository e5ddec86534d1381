using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Image "size".</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<ImageSize>))]
public enum ImageSize
{
    [JsonStringEnumMemberName("Auto")]
    Auto,

    [JsonStringEnumMemberName("Stretch")]
    Stretch,

    [JsonStringEnumMemberName("Small")]
    Small,

    [JsonStringEnumMemberName("Medium")]
    Medium,

    [JsonStringEnumMemberName("Large")]
    Large,
}
