using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;

namespace BotAlias.BotFramework.Turns;

public static class ConversationReferences
{
    /// <summary>The reference for the activity's conversation, or null when the activity lacks what a later message needs.</summary>
    public static ConversationReference? FromActivity(Activity activity, DateTimeOffset now)
    {
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl
            || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || activity.From?.Id is not { Length: > 0 } userId
            || activity.Recipient?.Id is not { Length: > 0 } botId)
        {
            return null;
        }

        return new ConversationReference
        {
            ChannelId = activity.ChannelId ?? "msteams",
            ServiceUrl = serviceUrl,
            ConversationId = conversationId,
            ConversationType = activity.Conversation.ConversationType ?? (activity.Conversation.IsGroup == true ? "groupChat" : "personal"),
            TenantId = activity.GetTenantId(),
            BotId = botId,
            BotName = activity.Recipient.Name,
            UserId = userId,
            UserName = activity.From.Name,
            UserAadObjectId = activity.From.AadObjectId,
            UpdatedAt = now,
        };
    }
}
