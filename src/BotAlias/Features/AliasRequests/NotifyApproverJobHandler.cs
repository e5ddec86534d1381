using System.Text.Json;
using BotAlias.Bot;
using BotAlias.BotFramework.Connector;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;
using BotAlias.Core.Directory;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Features.People;
using BotAlias.Outbox;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// Sends the approval card to the approver's 1:1 chat, creating the chat where the bot is installed.
/// A manager who cannot be reached hands the request to the approvers group, and the requester is
/// told; a request is never silently stuck.
/// </summary>
public sealed class NotifyApproverJobHandler(
    IAliasRequestStore store,
    IDirectory directory,
    IConversationReferenceStore references,
    IConnectorClient connector,
    ApproverRouter router,
    ApprovalCardLedger ledger,
    IOptions<PeopleOptions> people,
    TimeProvider clock,
    ILogger<NotifyApproverJobHandler> logger) : IOutboxHandler
{
    public string Kind => AliasJobs.NotifyApprover;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        var serviceUrl = AliasJobs.Read(lease.Payload, "serviceUrl");
        if (AliasJobs.RequestId(lease.Payload) is not { } id || serviceUrl is null
            || await store.FindAsync(id, cancellationToken) is not { State: RequestState.PendingApproval } request)
        {
            return;
        }

        if (request.ApprovalActivityId is not null)
        {
            return; // Sent already; sending again would give the approver two cards.
        }

        var requesterReference = request.RequesterConversationId is { } conversation ? await references.FindByConversationAsync(conversation, cancellationToken) : null;
        var sent = await SendToApproversAsync(request, serviceUrl, requesterReference, cancellationToken);
        string? notice = null;
        var rerouted = request;
        if (sent is null && request.Approver.Kind == ApproverKind.Manager)
        {
            rerouted = request with { Approver = router.ApproversGroup() };
            sent = await SendToApproversAsync(rerouted, serviceUrl, requesterReference, cancellationToken);
            notice = $"Your manager can't be reached in Teams yet (BotAlias isn't installed for them), so request {request.Id} went to the {AdaptiveCards.CardText.Escape(rerouted.Approver.DisplayName)} group instead.";
        }

        if (sent is null)
        {
            logger.LogWarning("No approver of request {RequestId} can be reached in Teams", request.Id);
            notice = $"No approver for request {request.Id} can be reached in Teams yet. Ask your manager or your admins to install BotAlias; the request waits for them.";
        }

        // The cards are out: record where, the new route and the notice in one write, so a retry neither
        // sends them twice nor loses the notice.
        await RecordAsync(request, rerouted.Approver, sent, notice, sent is null ? "unreachable" : "rerouted", cancellationToken);
    }

    /// <summary>After the last retry the request still waits, but the requester hears why: never silently stuck.</summary>
    public async Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken)
    {
        if (AliasJobs.RequestId(lease.Payload) is { } id && await store.FindAsync(id, cancellationToken) is { State: RequestState.PendingApproval } request)
        {
            var notice = $"I could not deliver request {request.Id} to its approver in Teams. It still waits; ask {AdaptiveCards.CardText.Escape(request.Approver.DisplayName)} or your admins to look at it, or cancel it and ask again later.";
            await RecordAsync(request, request.Approver, null, notice, "gave-up", cancellationToken);
        }
    }

    private async Task<(string ConversationId, string ActivityId)?> SendToApproversAsync(AliasRequest request, string serviceUrl, ConversationReference? requesterReference, CancellationToken cancellationToken)
    {
        var approvers = request.Approver.Kind == ApproverKind.Manager
            ? (await directory.FindUserAsync(request.Approver.Id, cancellationToken) is { } manager ? [manager] : [])
            : (await directory.GetGroupMembersAsync(request.Approver.Id, cancellationToken)).Where(u => u.Id != request.RequesterId && u.AccountEnabled).ToList();

        if (await SendToApproversChannelAsync(request, approvers, cancellationToken) is { } inChannel)
        {
            return inChannel;
        }

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

    private async Task RecordAsync(AliasRequest request, ApproverRoute route, (string ConversationId, string ActivityId)? sent, string? notice, string topic, CancellationToken cancellationToken) =>
        await store.ApplyAsync(
            request,
            latest =>
            {
                if (latest.State != RequestState.PendingApproval)
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var updated = latest with
                {
                    Approver = route,
                    ApprovalConversationId = sent?.ConversationId ?? latest.ApprovalConversationId,
                    ApprovalActivityId = sent?.ActivityId ?? latest.ApprovalActivityId,
                    Version = latest.Version + 1,
                    UpdatedAt = now,
                };
                var audit = route != latest.Approver
                    ? AliasAudit.ByBot(now, "approval.rerouted", updated, latest.Approver.DisplayName, route.DisplayName, "manager not reachable in Teams")
                    : sent is null ? AliasAudit.ByBot(now, "approval.unreachable", updated, details: "no approver reachable in Teams") : null;
                var job = notice is null ? null : AliasJobs.NoticeJob(latest.Id, topic, notice);
                return new AliasChange(updated, audit, job);
            },
            cancellationToken);
}
