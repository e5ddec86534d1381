using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Input.Text "style": the keyboard and validation hint.</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<TextInputStyle>))]
public enum TextInputStyle
{
    [JsonStringEnumMemberName("text")]
    Text,

    [JsonStringEnumMemberName("tel")]
    Tel,

    [JsonStringEnumMemberName("url")]
    Url,

    [JsonStringEnumMemberName("email")]
    Email,

    [JsonStringEnumMemberName("password")]
    Password,
}
