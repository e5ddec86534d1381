using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Space above an element ("spacing").</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<Spacing>))]
public enum Spacing
{
    [JsonStringEnumMemberName("None")]
    None,

    [JsonStringEnumMemberName("Small")]
    Small,

    [JsonStringEnumMemberName("Default")]
    Default,

    [JsonStringEnumMemberName("Medium")]
    Medium,

    [JsonStringEnumMemberName("Large")]
    Large,

    [JsonStringEnumMemberName("ExtraLarge")]
    ExtraLarge,

    [JsonStringEnumMemberName("Padding")]
    Padding,
}
