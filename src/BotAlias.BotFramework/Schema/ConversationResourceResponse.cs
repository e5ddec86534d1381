namespace BotAlias.BotFramework.Schema;

public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
