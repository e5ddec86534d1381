using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Http;

/// <summary>Source-generated serialization of the error envelope, shared by Graph and Exchange.</summary>
[JsonSerializable(typeof(GraphErrorResponse))]
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
internal sealed partial class HttpJsonContext : JsonSerializerContext;
