using System.Text.Json;
using BotAlias.BotFramework.Schema;

namespace BotAlias.BotFramework.Turns;

public static class ActivityExtensions
{
    /// <summary>
    /// The tenant the activity comes from: Teams sends it in both <c>conversation.tenantId</c> and
    /// <c>channelData.tenant.id</c>. Two different values mean a forged or broken activity: null.
    /// </summary>
    public static string? GetTenantId(this Activity activity)
    {
        var fromConversation = activity.Conversation?.TenantId;
        string? fromChannelData = null;
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } channelData
            && channelData.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            fromChannelData = id.GetString();
        }

        if (fromConversation is not null && fromChannelData is not null
            && !string.Equals(fromConversation, fromChannelData, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return fromConversation ?? fromChannelData;
    }

    /// <summary>
    /// The message text with every mention of the recipient (the bot) removed and trimmed, as
    /// Teams delivers "&lt;at&gt;BotAlias&lt;/at&gt; help" in channels.
    /// </summary>
    public static string GetTextWithoutBotMentions(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (activity.Entities is null || string.IsNullOrEmpty(botId))
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (entity.ValueKind == JsonValueKind.Object
                && entity.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "mention"
                && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
                && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == botId
                && entity.TryGetProperty("text", out var mentionText) && mentionText.ValueKind == JsonValueKind.String
                && mentionText.GetString() is { Length: > 0 } tag)
            {
                text = text.Replace(tag, string.Empty, StringComparison.Ordinal);
            }
        }

        return text.Trim();
    }

    public static bool IsPersonal(this Activity activity) =>
        activity.Conversation?.ConversationType is null or "personal" && activity.Conversation?.IsGroup != true;
}
