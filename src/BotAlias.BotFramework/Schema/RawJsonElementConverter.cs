using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotAlias.BotFramework.Schema;

/// <summary>
/// Writes an element as the UTF-8 text it was parsed from, instead of walking its tokens again. An element
/// has been through a parser, so its text is valid JSON; for a card in every reply the walk cost a few per cent of a turn.
/// </summary>
public sealed class RawJsonElementConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonElement.ParseValue(ref reader);

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
    {
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            // Refused the way the serializer refuses it, rather than written as nothing.
            value.WriteTo(writer);
            return;
        }

        writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(value), skipInputValidation: true);
    }
}
