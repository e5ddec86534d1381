using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Outbox;

namespace BotAlias.Features.AliasRequests;

/// <summary>Tells the requester what happened, and shows the decided state on the approver's card.</summary>
public sealed class StatusJobHandler(IAliasRequestStore store, AliasNotifier notifier) : IOutboxHandler
{
    public string Kind => AliasJobs.Status;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        if (AliasJobs.RequestId(lease.Payload) is not { } id || await store.FindAsync(id, cancellationToken) is not { } request)
        {
            return;
        }

        if (AliasJobs.Read(lease.Payload, "notice") is { } notice)
        {
            await notifier.TellRequesterAsync(request, notice, cancellationToken);
            return;
        }

        await notifier.UpdateApprovalCardAsync(request, AliasFindings.For(request), cancellationToken);
        await notifier.TellRequesterAsync(request, Message(request), cancellationToken);
    }

    public Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

    public static string? Message(AliasRequest request)
    {
        var address = AdaptiveCards.CardText.Escape(request.Address.Value);
        var decidedBy = AdaptiveCards.CardText.Escape(request.DecidedByName ?? request.Approver.DisplayName);
        return request.State switch
        {
            RequestState.Rejected => $"Your request {request.Id} for {address} was rejected by {decidedBy}."
                + (string.IsNullOrWhiteSpace(request.DecisionComment) ? string.Empty : $" Their comment: \"{AdaptiveCards.CardText.Escape(request.DecisionComment)}\""),
            RequestState.Cancelled => $"Request {request.Id} for {address} is cancelled; the address is free again.",
            RequestState.Completed when request.Kind == AliasRequestKind.Remove => $"Done: {address} is removed from {AdaptiveCards.CardText.Escape(request.TargetName)}'s mailbox ({request.Id}). " + AliasStatusCard.RemovedAdvice,
            RequestState.Completed => $"Done: {address} now reaches {AdaptiveCards.CardText.Escape(request.TargetName)}'s mailbox ({request.Id}). " + AliasStatusCard.DoneAdvice,
            RequestState.Failed => $"Request {request.Id} for {address} could not be completed: {AdaptiveCards.CardText.Escape(request.FailureReason ?? "unknown reason", AliasCardText.LongText)} Nothing was changed.",
            RequestState.Approved or RequestState.Provisioning => $"{decidedBy} approved {request.Id}; {(request.Kind == AliasRequestKind.Remove ? "removing" : "adding")} {address} now.",
            _ => null,
        };
    }
}
