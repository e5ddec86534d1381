using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>TextBlock/TextRun "weight".</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<TextWeight>))]
public enum TextWeight
{
    [JsonStringEnumMemberName("Default")]
    Default,

    [JsonStringEnumMemberName("Lighter")]
    Lighter,

    [JsonStringEnumMemberName("Bolder")]
    Bolder,
}
