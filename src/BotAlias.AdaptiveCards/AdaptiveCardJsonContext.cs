using System.Text.Json.Serialization;

namespace BotAlias.AdaptiveCards;

/// <summary>
/// Source-generated serialization for cards: camelCase names, nulls and spec defaults omitted, enums as the
/// spec's strings, the "type" discriminator first. Enum values match case-insensitively in the schema; we write
/// the casing of Microsoft's samples (PascalCase for text and layout values, lower case for input and action
/// values) and read any casing back (SpecEnumJsonConverter). Property names stay case-sensitive, as in the
/// clients' parsers.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    // Cards written by other tools do not always put "type" first.
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(AdaptiveCard))]
public sealed partial class AdaptiveCardJsonContext : JsonSerializerContext;
