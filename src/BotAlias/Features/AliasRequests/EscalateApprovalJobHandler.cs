using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.State;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Outbox;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// A request still pending after the escalation period also goes to the approver's manager, or (without one, or
/// when they cannot be reached) to the approvers group: they get the card and may decide too, and so may the
/// approver still. Recorded once; a decided or already escalated request is left alone.
/// </summary>
public sealed class EscalateApprovalJobHandler(
    IAliasRequestStore store,
    IConversationReferenceStore references,
    ApproverRouter router,
    ApprovalCardDelivery delivery,
    AliasNotifier notifier,
    ApprovalSchedule schedule,
    OutboxSignal signal,
    TimeProvider clock) : IOutboxHandler
{
    public string Kind => AliasJobs.EscalateApproval;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        var serviceUrl = AliasJobs.Read(lease.Payload, "serviceUrl");
        if (AliasJobs.RequestId(lease.Payload) is not { } id || serviceUrl is null
            || await store.FindAsync(id, cancellationToken) is not { State: RequestState.PendingApproval, EscalatedTo: null } request)
        {
            return;
        }

        var requesterReference = request.RequesterConversationId is { } conversation ? await references.FindByConversationAsync(conversation, cancellationToken) : null;
        var target = await router.EscalationTargetAsync(request, cancellationToken);
        if (!await delivery.SendToAsync(target, request with { EscalatedTo = target }, serviceUrl, requesterReference, cancellationToken)
            && target.Kind == ApproverKind.Manager)
        {
            target = router.ApproversGroup();
            await delivery.SendToAsync(target, request with { EscalatedTo = target }, serviceUrl, requesterReference, cancellationToken);
        }

        var escalated = request with { EscalatedTo = target };
        await notifier.TellApproversAsync(escalated, ApproverMessage(escalated), cancellationToken);

        var (_, written) = await store.ApplyAsync(
            request,
            latest =>
            {
                if (latest.State != RequestState.PendingApproval || latest.EscalatedTo is not null)
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var updated = latest with { EscalatedTo = target, Version = latest.Version + 1, UpdatedAt = now };
                var audit = AliasAudit.ByBot(now, "approval.escalated", updated, latest.Approver.DisplayName, target.DisplayName, $"pending since {schedule.Describe(latest.CreatedAt)}");
                return new AliasChange(updated, audit, AliasJobs.NoticeJob(latest.Id, "escalated", RequesterMessage(updated)));
            },
            cancellationToken);
        if (written)
        {
            signal.Notify();
        }
    }

    public Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

    private string ApproverMessage(AliasRequest request)
    {
        var waited = $"{AliasKindText.Noun(request)} {request.Id} from {CardText.Escape(request.RequesterName)} for {CardText.Escape(request.Address.Value)} has waited since {schedule.Describe(request.CreatedAt)}";
        return request.EscalatedTo == request.Approver
            ? $"Escalation: {waited} for a decision by the {CardText.Escape(request.Approver.DisplayName)} group. Please approve or reject it on its card."
            : $"Escalation: {waited} for {CardText.Escape(request.Approver.DisplayName)}, so it now goes to {CardText.Escape(request.EscalatedTo!.DisplayName)} as well. Either may approve or reject it on its card.";
    }

    private static string RequesterMessage(AliasRequest request) =>
        request.EscalatedTo == request.Approver
            ? $"Request {request.Id} is still waiting, so I reminded the {CardText.Escape(request.Approver.DisplayName)} group again."
            : $"Request {request.Id} waited a while for {CardText.Escape(request.Approver.DisplayName)}, so {CardText.Escape(request.EscalatedTo!.DisplayName)} can now decide it too.";
}
