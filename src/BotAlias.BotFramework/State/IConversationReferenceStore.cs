namespace BotAlias.BotFramework.State;

public interface IConversationReferenceStore
{
    /// <summary>Inserts or replaces the reference for its conversation id.</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken = default);

    Task<ConversationReference?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>The user's 1:1 (personal) conversation with the bot, if the bot has seen one.</summary>
    Task<ConversationReference?> FindPersonalAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken = default);
}
