using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotAlias.BotFramework.Invoke;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(string))]
internal sealed partial class InvokeJsonContext : JsonSerializerContext;
