using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>
/// Writes an enum as the spec string named by its <see cref="JsonStringEnumMemberNameAttribute"/> and reads
/// any casing back, as the schema does ("Bolder", "bolder"). JsonStringEnumConverter matches custom member
/// names case-sensitively, which would reject cards from other tools.
/// </summary>
public sealed class SpecEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly IReadOnlyList<(TEnum Value, string Name)> Members = Enum.GetValues<TEnum>()
        .Select(value => (value, typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString()))
        .ToList();

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            foreach (var (value, name) in Members)
            {
                if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }
        }

        throw new JsonException(
            $"Expected one of {string.Join(", ", Members.Select(m => $"\"{m.Name}\""))} for {typeof(TEnum).Name}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        foreach (var (member, name) in Members)
        {
            if (EqualityComparer<TEnum>.Default.Equals(member, value))
            {
                writer.WriteStringValue(name);
                return;
            }
        }

        throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}.");
    }
}
