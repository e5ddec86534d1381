namespace BotAlias.TestSupport.Playground;

/// <summary>What the Playground answered when a test sent a user message: its id and its clock's time in ms.
/// Replies carry later timestamps from the same clock, which tells them apart from older, replayed frames.</summary>
public sealed record SentPlaygroundMessage(string MessageId, long Timestamp, string Text);
