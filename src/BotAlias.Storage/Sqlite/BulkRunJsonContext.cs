using System.Text.Json;
using System.Text.Json.Serialization;
using BotAlias.Core.Bulk;
using BotAlias.Core.Requests;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Source-generated (de)serializers for the documents a <c>bulk_runs</c> row holds: camelCase, enums by name,
/// as the offboarding documents are stored, so both read alike in the sqlite3 shell.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BulkAudience))]
[JsonSerializable(typeof(BulkChangeSpec))]
[JsonSerializable(typeof(ApproverRoute))]
internal sealed partial class BulkRunJsonContext : JsonSerializerContext;
