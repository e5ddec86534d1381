using System.Text.Json;
using System.Text.Json.Serialization;
using BotAlias.Core.Addresses;

namespace BotAlias.Core.Offboarding.Execution;

/// <summary>Writes an address as its plain string and reads it back through <see cref="EmailAddress.Parse"/>.</summary>
public sealed class EmailAddressJsonConverter : JsonConverter<EmailAddress>
{
    public override EmailAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return EmailAddress.TryParse(text, out var address)
            ? address!
            : throw new JsonException($"\"{text}\" is not a plain SMTP address.");
    }

    public override void Write(Utf8JsonWriter writer, EmailAddress value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Value);
    }
}
