using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BotAlias.AdaptiveCards;

/// <summary>
/// Writes an <see cref="ExecuteAction"/> through its polymorphic base so it carries "type": "Action.Execute"
/// where the declared type is ExecuteAction itself (refresh.action); System.Text.Json only writes the
/// discriminator for the declared base type, and a sealed type cannot be its own polymorphic base.
/// </summary>
internal sealed class ExecuteActionWithTypeJsonConverter : JsonConverter<ExecuteAction>
{
    public override ExecuteAction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, BaseTypeInfo(options)) as ExecuteAction
            ?? throw new JsonException($"A refresh action must be an {ExecuteAction.TypeName}.");

    public override void Write(Utf8JsonWriter writer, ExecuteAction value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, BaseTypeInfo(options));

    private static JsonTypeInfo<CardAction> BaseTypeInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<CardAction>)options.GetTypeInfo(typeof(CardAction));
}
