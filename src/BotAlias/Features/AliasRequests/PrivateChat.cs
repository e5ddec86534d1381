using System.Text.Json;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;
using BotAlias.BotFramework.Turns;

namespace BotAlias.Features.AliasRequests;

/// <summary>Continues a conversation from a channel or group chat in the user's 1:1 chat with the bot.</summary>
public sealed class PrivateChat(IConnectorClient connector, IConversationReferenceStore references, TimeProvider clock)
{
    public async Task SendAsync(TurnContext turn, Activity message, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var tenantId = turn.TenantId!;
        var reference = activity.From?.AadObjectId is { } aad ? await references.FindPersonalAsync(tenantId, aad, cancellationToken) : null;
        if (reference is null)
        {
            var created = await connector.CreateConversationAsync(activity.ServiceUrl!, new ConversationParameters
            {
                IsGroup = false,
                Bot = activity.Recipient,
                Members = [new ChannelAccount { Id = activity.From!.Id }],
                TenantId = tenantId,
                ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
            }, cancellationToken);
            reference = new ConversationReference
            {
                ChannelId = activity.ChannelId ?? "msteams",
                ServiceUrl = activity.ServiceUrl!,
                ConversationId = created.Id ?? throw new ConnectorException("The connector created a conversation without an id."),
                ConversationType = "personal",
                TenantId = tenantId,
                BotId = activity.Recipient!.Id!,
                BotName = activity.Recipient.Name,
                UserId = activity.From.Id!,
                UserName = activity.From.Name,
                UserAadObjectId = activity.From.AadObjectId,
                UpdatedAt = clock.GetUtcNow(),
            };
            await references.SaveAsync(reference, cancellationToken);
        }

        await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, AliasNotifier.Address(reference, message), cancellationToken);
    }
}
