namespace RawBaseline;

internal sealed record ActivityConversation(string? Id);
