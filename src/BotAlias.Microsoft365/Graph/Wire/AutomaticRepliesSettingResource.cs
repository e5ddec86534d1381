using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Graph's <c>automaticRepliesSetting</c> (https://learn.microsoft.com/graph/api/resources/automaticrepliessetting).</summary>
public sealed class AutomaticRepliesSettingResource
{
    /// <summary><c>disabled</c>, <c>alwaysEnabled</c> or <c>scheduled</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary><c>none</c>, <c>contactsOnly</c> or <c>all</c>.</summary>
    [JsonPropertyName("externalAudience")]
    public string? ExternalAudience { get; set; }

    [JsonPropertyName("internalReplyMessage")]
    public string? InternalReplyMessage { get; set; }

    [JsonPropertyName("externalReplyMessage")]
    public string? ExternalReplyMessage { get; set; }
}
