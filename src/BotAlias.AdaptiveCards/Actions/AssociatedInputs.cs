using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Which inputs an Action.Execute or Action.Submit sends: those of the card ("auto") or none.</summary>
[JsonConverter(typeof(SpecEnumJsonConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("auto")]
    Auto,

    [JsonStringEnumMemberName("none")]
    None,
}
