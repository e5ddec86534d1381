using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Source-generated serialization for the pages a bulk read walks through.</summary>
[JsonSerializable(typeof(CollectionPage<BulkUserResource>))]
[JsonSerializable(typeof(CollectionPage<DirectoryObjectResource>))]
public sealed partial class GraphBulkJsonContext : JsonSerializerContext;
