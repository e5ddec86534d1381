using BotAlias.BotFramework.Authentication;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;

namespace BotAlias.BotFramework.Turns;

/// <summary>One inbound activity and the means to answer it in its conversation.</summary>
public sealed class TurnContext(Activity activity, AuthenticationResult authentication, IConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    public AuthenticationResult Authentication { get; } = authentication;

    public IConnectorClient Connector { get; } = connector;

    public string? TenantId => Activity.GetTenantId();

    /// <summary>True on the first activity the bot has stored from this conversation.</summary>
    public bool IsFirstContact { get; init; }

    /// <summary>The text the user typed, without the bot's @mention.</summary>
    public string Text => Activity.GetTextWithoutBotMentions();

    /// <summary>Sends a message into this conversation, threaded under the inbound activity where there is one.</summary>
    public Task<ResourceResponse> SendAsync(Activity message, CancellationToken cancellationToken = default)
    {
        var reply = AddressReply(message);
        return string.IsNullOrEmpty(Activity.Id)
            ? Connector.SendAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, reply, cancellationToken)
            : Connector.ReplyAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, Activity.Id, reply, cancellationToken);
    }

    public Task<ResourceResponse> UpdateAsync(string activityId, Activity message, CancellationToken cancellationToken = default) =>
        Connector.UpdateAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, AddressReply(message), cancellationToken);

    public Task SendTypingAsync(CancellationToken cancellationToken = default) =>
        Connector.SendTypingAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, cancellationToken);

    public ConversationReference? GetConversationReference(DateTimeOffset now) =>
        ConversationReferences.FromActivity(Activity, now);

    private Activity AddressReply(Activity message) => message with
    {
        Type = message.Type ?? ActivityTypes.Message,
        ChannelId = Activity.ChannelId,
        ServiceUrl = Activity.ServiceUrl,
        Conversation = Activity.Conversation,
        From = Activity.Recipient,
        Recipient = Activity.From,
        Locale = message.Locale ?? Activity.Locale,
    };
}
