using System.Text.Json;
using BotAlias.Bot;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Features.People;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// Puts a request's approval card in front of its approvers: in the approvers channel when one is
/// configured, else in each approver's 1:1 chat (created where the app is installed). Each card is
/// recorded as it goes out, so a retry sends none twice.
/// </summary>
public sealed class ApprovalCardDelivery(
    IDirectory directory,
    IConversationReferenceStore references,
    IConnectorClient connector,
    ApprovalCardLedger ledger,
    IOptions<PeopleOptions> people,
    TimeProvider clock,
    ILogger<ApprovalCardDelivery> logger)
{
    /// <returns>The first card that reached someone, or null when no approver could be reached.</returns>
    public async Task<(string ConversationId, string ActivityId)?> SendAsync(AliasRequest request, string serviceUrl, ConversationReference? requesterReference, CancellationToken cancellationToken)
    {
        var approvers = await PeopleAsync(request, request.Approver, cancellationToken);
        if (await SendToApproversChannelAsync(request, approvers, cancellationToken) is { } inChannel)
        {
            return inChannel;
        }

        return await SendToChatsAsync(request, approvers, serviceUrl, requesterReference, cancellationToken);
    }

    /// <summary>
    /// Sends the card to the people of <paramref name="route"/> (whom a request was escalated to) in their 1:1 chats,
    /// even with an approvers channel: they need not be in it. Those who have a card already get none.
    /// </summary>
    /// <returns>Whether any of them has the card now.</returns>
    public async Task<bool> SendToAsync(ApproverRoute route, AliasRequest request, string serviceUrl, ConversationReference? requesterReference, CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(request, route, cancellationToken);
        await SendToChatsAsync(request, people, serviceUrl, requesterReference, cancellationToken);
        var sent = await ledger.ListAsync(request.Id, cancellationToken);
        return people.Any(p => sent.Any(c => c.ApproverId == p.Id));
    }

    /// <summary>Who decides for <paramref name="route"/>: never the requester, nor a disabled account of a group.</summary>
    private async Task<IReadOnlyList<DirectoryUser>> PeopleAsync(AliasRequest request, ApproverRoute route, CancellationToken cancellationToken) =>
        route.Kind == ApproverKind.Manager
            ? (await directory.FindUserAsync(route.Id, cancellationToken) is { } manager && manager.Id != request.RequesterId ? [manager] : [])
            : (await directory.GetGroupMembersAsync(route.Id, cancellationToken)).Where(u => u.Id != request.RequesterId && u.AccountEnabled).ToList();

    private async Task<(string ConversationId, string ActivityId)?> SendToChatsAsync(AliasRequest request, IReadOnlyList<DirectoryUser> approvers, string serviceUrl, ConversationReference? requesterReference, CancellationToken cancellationToken)
    {
        var alreadySent = await ledger.ListAsync(request.Id, cancellationToken);
        (string, string)? first = alreadySent.Count > 0 ? (alreadySent[0].ConversationId, alreadySent[0].ActivityId) : null;
        var card = CardMessages.Card(AliasApprovalCard.Create(request, AliasFindings.For(request)), $"{AdaptiveCards.CardText.Plain(request.RequesterName)} asks for an email alias");
        foreach (var approver in approvers.Where(a => alreadySent.All(c => c.ApproverId != a.Id)))
        {
            var (reference, isNew) = await ReachAsync(request.TenantId, approver, serviceUrl, requesterReference, cancellationToken);
            if (reference is null)
            {
                continue;
            }

            ResourceResponse response;
            try
            {
                response = await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, AliasNotifier.Address(reference, card), cancellationToken);
            }
            catch (ConnectorException ex) when (isNew || ex.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound)
            {
                // A chat that cannot take its first message, or one the approver blocked, does not reach them.
                logger.LogInformation("Approver {ApproverId} cannot be sent the card: {Status} {Code}", approver.Id, ex.StatusCode, ex.ErrorCode);
                continue;
            }

            if (isNew)
            {
                await references.SaveAsync(reference, cancellationToken);
            }

            await ledger.AddAsync(request.Id, new SentApprovalCard(approver.Id, reference.ConversationId, response.Id ?? string.Empty), cancellationToken);
            first ??= (reference.ConversationId, response.Id ?? string.Empty);
        }

        return first;
    }

    /// <summary>The approver's 1:1 chat with the bot: known already, or created (Teams accepts the Entra object id where the app is installed).</summary>
    /// <summary>
    /// With an approvers channel configured, the card goes there. Everyone in the channel sees a read-only card; the
    /// approvers' clients refresh it into one with buttons (their Teams ids are known from their chats with the bot).
    /// When no approver's id is known yet, the card carries the buttons and the server-side check alone decides.
    /// </summary>
    private async Task<(string ConversationId, string ActivityId)?> SendToApproversChannelAsync(AliasRequest request, IReadOnlyList<DirectoryUser> approvers, CancellationToken cancellationToken)
    {
        if (people.Value.ApproversChannel is not { Length: > 0 } channel)
        {
            return null;
        }

        if (await references.FindByConversationAsync(channel, cancellationToken) is not { } reference)
        {
            logger.LogWarning("People:ApproversChannel names a conversation the bot has not seen; install the bot in that team. Using 1:1 chats");
            return null;
        }

        var sent = (await ledger.ListAsync(request.Id, cancellationToken)).FirstOrDefault(c => c.ApproverId == ChannelApproverId);
        if (sent is not null)
        {
            return (sent.ConversationId, sent.ActivityId);
        }

        var userIds = new List<string>();
        foreach (var approver in approvers)
        {
            if (await references.FindPersonalAsync(request.TenantId, approver.Id, cancellationToken) is { } chat)
            {
                userIds.Add(chat.UserId);
            }
        }

        var card = AliasApprovalCard.Create(request, AliasFindings.For(request), canDecide: userIds.Count == 0, refreshUserIds: userIds);
        var summary = $"{AdaptiveCards.CardText.Plain(request.RequesterName)} asks for an email alias";
        var response = await connector.SendAsync(reference.ServiceUrl, reference.ConversationId, AliasNotifier.Address(reference, CardMessages.Card(card, summary)), cancellationToken);
        await ledger.AddAsync(request.Id, new SentApprovalCard(ChannelApproverId, reference.ConversationId, response.Id ?? string.Empty), cancellationToken);
        return (reference.ConversationId, response.Id ?? string.Empty);
    }

    private const string ChannelApproverId = "approvers-channel";

    /// <returns>The chat, and whether it was just created (it is remembered only once a message went through).</returns>
    private async Task<(ConversationReference? Reference, bool IsNew)> ReachAsync(string tenantId, DirectoryUser approver, string serviceUrl, ConversationReference? requesterReference, CancellationToken cancellationToken)
    {
        var known = await references.FindPersonalAsync(tenantId, approver.Id, cancellationToken);
        if (known is not null || requesterReference is null)
        {
            return (known, false);
        }

        try
        {
            var created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
            {
                IsGroup = false,
                Bot = new ChannelAccount { Id = requesterReference.BotId, Name = requesterReference.BotName },
                Members = [new ChannelAccount { Id = approver.Id }],
                TenantId = tenantId,
                ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
            }, cancellationToken);
            if (created.Id is null)
            {
                return (null, false);
            }

            var reference = new ConversationReference
            {
                ChannelId = requesterReference.ChannelId,
                ServiceUrl = serviceUrl,
                ConversationId = created.Id,
                ConversationType = "personal",
                TenantId = tenantId,
                BotId = requesterReference.BotId,
                BotName = requesterReference.BotName,
                UserId = approver.Id,
                UserName = approver.DisplayName,
                UserAadObjectId = approver.Id,
                UpdatedAt = clock.GetUtcNow(),
            };
            return (reference, true);
        }
        catch (ConnectorException ex) when (ex.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.BadRequest)
        {
            logger.LogInformation("Cannot open a chat with approver {ApproverId}: {Status} {Code}", approver.Id, ex.StatusCode, ex.ErrorCode);
            return (null, false);
        }
    }
}
