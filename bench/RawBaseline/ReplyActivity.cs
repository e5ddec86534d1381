namespace RawBaseline;

internal sealed record ReplyActivity(
    string Type,
    string Text,
    string ReplyToId,
    ActivityAccount? From,
    ActivityAccount? Recipient,
    ActivityConversation Conversation);
