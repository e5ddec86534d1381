using BotAlias.AdaptiveCards;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Outbox;
using BotAlias.Outbox;

namespace BotAlias.Features.Offboarding;

/// <summary>Gets a new request in front of its approvers; when nobody can be reached, the requester hears so (never silently stuck).</summary>
public sealed class OffboardingNotifyApproverJobHandler(
    IOffboardingRequestStore store, OffboardingApprovalDelivery delivery, OffboardingNotifier notifier, ILogger<OffboardingNotifyApproverJobHandler> logger) : IOutboxHandler
{
    public string Kind => OffboardingJobs.NotifyApprover;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        if (OffboardingJobs.RequestId(lease.Payload) is not { } id
            || await store.FindAsync(id, cancellationToken) is not { State: OffboardingRequestState.PendingApproval } request)
        {
            return;
        }

        var requesterReference = await notifier.RequesterReferenceAsync(request, cancellationToken);
        if (await delivery.SendAsync(request, requesterReference, cancellationToken) == 0)
        {
            logger.LogWarning("No approver of offboarding request {RequestId} can be reached in Teams", request.Id);
            await notifier.TellRequesterAsync(request, Unreachable(request), cancellationToken);
        }
    }

    public async Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken)
    {
        if (OffboardingJobs.RequestId(lease.Payload) is { } id && await store.FindAsync(id, cancellationToken) is { State: OffboardingRequestState.PendingApproval } request)
        {
            await notifier.TellRequesterAsync(request, Unreachable(request), cancellationToken);
        }
    }

    private static string Unreachable(OffboardingRequest request) =>
        $"I could not get request {request.Id} in front of {CardText.Escape(request.Approver.DisplayName)} in Teams. It still waits; ask them or your admins to look at it, or cancel it.";
}
