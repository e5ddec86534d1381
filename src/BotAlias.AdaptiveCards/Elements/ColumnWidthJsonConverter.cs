using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>Writes a <see cref="ColumnWidth"/> as the spec's string or number and reads either back.</summary>
public sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt32(out var weight) && weight > 0:
                return ColumnWidth.Relative(weight);
            case JsonTokenType.String:
                try
                {
                    return ColumnWidth.Parse(reader.GetString()!);
                }
                catch (FormatException e)
                {
                    throw new JsonException(e.Message, e);
                }

            default:
                throw new JsonException("A column width must be \"auto\", \"stretch\", \"<n>px\" or a positive whole number.");
        }
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Weight is { } weight)
        {
            writer.WriteNumberValue(weight);
        }
        else
        {
            writer.WriteStringValue(value.KeywordOrPixels ?? "auto");
        }
    }
}
