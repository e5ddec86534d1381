using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>The actions BotAlias's rule uses (https://learn.microsoft.com/graph/api/resources/messageruleactions).</summary>
public sealed class MessageRuleActionsResource
{
    [JsonPropertyName("redirectTo")]
    public List<RecipientResource>? RedirectTo { get; set; }

    [JsonPropertyName("stopProcessingRules")]
    public bool? StopProcessingRules { get; set; }
}
