using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary><c>PATCH /users/{id}</c> with only userPrincipalName.</summary>
public sealed class UserPrincipalNamePatch
{
    [JsonPropertyName("userPrincipalName")]
    public string UserPrincipalName { get; set; } = string.Empty;
}
