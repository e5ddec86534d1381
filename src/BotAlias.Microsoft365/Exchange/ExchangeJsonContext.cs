using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>Source-generated metadata for the cmdlet outputs; unknown properties and OData annotations are ignored.</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ExchangeMailbox))]
[JsonSerializable(typeof(ExchangeRecipient))]
[JsonSerializable(typeof(ExchangeMailboxStatistics))]
[JsonSerializable(typeof(ExchangeMailboxPermissionEntry))]
[JsonSerializable(typeof(ExchangeRecipientPermissionEntry))]
[JsonSerializable(typeof(ExchangeOutboundSpamPolicy))]
internal sealed partial class ExchangeJsonContext : JsonSerializerContext;
