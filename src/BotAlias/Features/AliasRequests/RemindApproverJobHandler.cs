using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.State;
using BotAlias.Core.Audit;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Outbox;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// A request still pending after the reminder period: its approvers are told beside their card, approvers the
/// card never reached are tried again, and the escalation is scheduled. A decided request is left alone.
/// </summary>
public sealed class RemindApproverJobHandler(
    IAliasRequestStore store,
    IConversationReferenceStore references,
    ApprovalCardDelivery delivery,
    AliasNotifier notifier,
    ApprovalSchedule schedule,
    IAuditLog audit,
    TimeProvider clock) : IOutboxHandler
{
    public string Kind => AliasJobs.RemindApprover;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        var serviceUrl = AliasJobs.Read(lease.Payload, "serviceUrl");
        if (AliasJobs.RequestId(lease.Payload) is not { } id || serviceUrl is null
            || await store.FindAsync(id, cancellationToken) is not { State: RequestState.PendingApproval } request)
        {
            return;
        }

        // Scheduled first: whatever happens to the reminder, the request still escalates.
        await schedule.ScheduleEscalationAsync(request, serviceUrl, cancellationToken);

        var requesterReference = request.RequesterConversationId is { } conversation ? await references.FindByConversationAsync(conversation, cancellationToken) : null;
        await delivery.SendAsync(request, serviceUrl, requesterReference, cancellationToken);
        var told = await notifier.TellApproversAsync(request, Message(request), cancellationToken);

        await audit.AppendAsync(
            AliasAudit.ByBot(clock.GetUtcNow(), "approval.reminded", request, details: $"reminded {request.Approver.DisplayName} in {told} chat(s); escalates {schedule.Describe(schedule.EscalationDue(request))}"),
            cancellationToken);
    }

    public Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

    private string Message(AliasRequest request) =>
        $"Reminder: {AliasKindText.Noun(request).ToLowerInvariant()} {request.Id} from {CardText.Escape(request.RequesterName)} for {CardText.Escape(request.Address.Value)} "
        + $"has waited for a decision since {schedule.Describe(request.CreatedAt)}. Approve or reject it on its card, or type \"pending approvals\".";
}
