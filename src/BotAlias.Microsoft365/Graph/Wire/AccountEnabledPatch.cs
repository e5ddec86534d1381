using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary><c>PATCH /users/{id}</c> with only accountEnabled: Graph asks that unchanged properties be left out.</summary>
public sealed class AccountEnabledPatch
{
    [JsonPropertyName("accountEnabled")]
    public bool AccountEnabled { get; set; }
}
