using System.Text.Json.Serialization;

namespace BotAlias.Microsoft365.Graph.Wire;

/// <summary>The part of Graph's <c>mailboxSettings</c> BotAlias touches (https://learn.microsoft.com/graph/api/resources/mailboxsettings).</summary>
public sealed class MailboxSettingsResource
{
    [JsonPropertyName("automaticRepliesSetting")]
    public AutomaticRepliesSettingResource? AutomaticRepliesSetting { get; set; }
}
