using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotAlias.Directory.DemoTenant.Persisted;

// People edit the seed by hand: comments and trailing commas are tolerated, but a misspelt
// property is an error rather than a silently ignored setting, and null where the model says
// not-null is refused. Enums are written by name (mailbox type, access rights, recipient kinds) so a
// person can read and edit them. The generator ignores property initializers for absent properties (they are
// set through an object initializer with default values), so defaults live in the init accessors.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(DemoTenantDocument))]
internal sealed partial class DemoTenantJsonContext : JsonSerializerContext
{
}
