using BotAlias.BotFramework.State;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Outbox;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// Gets a new request in front of its approvers. A manager who cannot be reached hands the request to
/// the approvers group, and the requester is told; a request is never silently stuck.
/// </summary>
public sealed class NotifyApproverJobHandler(
    IAliasRequestStore store,
    IConversationReferenceStore references,
    ApproverRouter router,
    ApprovalCardDelivery delivery,
    ApprovalSchedule schedule,
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
            // Sent already; sending again would give the approver two cards.
            await schedule.ScheduleReminderAsync(request, serviceUrl, cancellationToken);
            return;
        }

        var requesterReference = request.RequesterConversationId is { } conversation ? await references.FindByConversationAsync(conversation, cancellationToken) : null;
        var sent = await delivery.SendAsync(request, serviceUrl, requesterReference, cancellationToken);
        string? notice = null;
        var rerouted = request;
        if (sent is null && request.Approver.Kind == ApproverKind.Manager)
        {
            rerouted = request with { Approver = router.ApproversGroup() };
            sent = await delivery.SendAsync(rerouted, serviceUrl, requesterReference, cancellationToken);
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

        // Also when nobody was reached: the reminder tries the approvers again.
        await schedule.ScheduleReminderAsync(request, serviceUrl, cancellationToken);
    }

    /// <summary>After the last retry the request still waits, but the requester hears why: never silently stuck.</summary>
    public async Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken)
    {
        if (AliasJobs.RequestId(lease.Payload) is { } id && await store.FindAsync(id, cancellationToken) is { State: RequestState.PendingApproval } request)
        {
            var notice = $"I could not deliver request {request.Id} to its approver in Teams. It still waits; ask {AdaptiveCards.CardText.Escape(request.Approver.DisplayName)} or your admins to look at it, or cancel it and ask again later.";
            await RecordAsync(request, request.Approver, null, notice, "gave-up", cancellationToken);
            if (AliasJobs.Read(lease.Payload, "serviceUrl") is { } serviceUrl)
            {
                await schedule.ScheduleReminderAsync(request, serviceUrl, cancellationToken);
            }
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
