using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Graph's <c>recipient</c>: an <c>emailAddress</c> wrapper.</summary>
public sealed class RecipientResource
{
    [JsonPropertyName("emailAddress")]
    public EmailAddressResource? EmailAddress { get; set; }
}
