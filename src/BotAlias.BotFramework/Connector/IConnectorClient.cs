using BotAlias.BotFramework.Schema;

namespace BotAlias.BotFramework.Connector;

/// <summary>The Bot Connector REST API (v3) calls BotAlias makes.</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);

    Task SendTypingAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken = default);
}
