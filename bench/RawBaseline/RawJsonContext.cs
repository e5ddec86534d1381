using System.Text.Json.Serialization;

namespace RawBaseline;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IncomingActivity))]
[JsonSerializable(typeof(ReplyActivity))]
internal sealed partial class RawJsonContext : JsonSerializerContext;
