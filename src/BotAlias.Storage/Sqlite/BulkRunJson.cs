using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BotAlias.Storage.Sqlite;

/// <summary>Writes and reads the JSON columns of <c>bulk_runs</c> through <see cref="BulkRunJsonContext"/>.</summary>
internal static class BulkRunJson
{
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    /// <exception cref="JsonException">The text is not a <typeparamref name="T"/> document.</exception>
    public static T Deserialize<T>(string json, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(json, typeInfo) ?? throw new JsonException($"The stored {typeof(T).Name} is empty (null).");
}
