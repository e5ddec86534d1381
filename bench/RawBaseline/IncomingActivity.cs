namespace RawBaseline;

/// <summary>The few fields of an incoming activity a reply needs; everything else is skipped by the parser.</summary>
internal sealed record IncomingActivity(
    string? Type,
    string? Id,
    string? ServiceUrl,
    ActivityAccount? From,
    ActivityAccount? Recipient,
    ActivityConversation? Conversation,
    string? Text);
