using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>Graph's <c>messageRule</c> (https://learn.microsoft.com/graph/api/resources/messagerule).</summary>
public sealed class MessageRuleResource
{
    /// <summary>Assigned by Graph; never sent on create.</summary>
    [JsonPropertyName("id")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("sequence")]
    public int? Sequence { get; set; }

    [JsonPropertyName("isEnabled")]
    public bool? IsEnabled { get; set; }

    [JsonPropertyName("actions")]
    public MessageRuleActionsResource? Actions { get; set; }
}
