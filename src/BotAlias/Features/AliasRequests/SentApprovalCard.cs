namespace BotAlias.Features.AliasRequests;

/// <summary>One approval card the bot sent: to whom, and where to update it.</summary>
public sealed record SentApprovalCard(string ApproverId, string ConversationId, string ActivityId);
