using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary><c>revokeSignInSessions</c> answers <c>{"value": true}</c> (https://learn.microsoft.com/graph/api/user-revokesigninsessions).</summary>
public sealed class RevokeSignInSessionsResponse
{
    [JsonPropertyName("value")]
    public bool Value { get; set; }
}
