using BotAlias.AdaptiveCards;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Outbox;
using BotAlias.Outbox;

namespace BotAlias.Features.Offboarding;

/// <summary>Tells the requester what happened, and shows the current state on the status card and every approval card.</summary>
public sealed class OffboardingStatusJobHandler(IOffboardingRequestStore store, OffboardingNotifier notifier, TimeProvider clock) : IOutboxHandler
{
    public string Kind => OffboardingJobs.Status;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        if (OffboardingJobs.RequestId(lease.Payload) is not { } id || await store.FindAsync(id, cancellationToken) is not { } request)
        {
            return;
        }

        await notifier.UpdateApprovalCardsAsync(request, cancellationToken);
        await notifier.UpdateStatusCardAsync(request, cancellationToken);
        if (Message(request, OffboardingJobs.Read(lease.Payload, "comment"), clock.GetUtcNow()) is { } message)
        {
            await notifier.TellRequesterAsync(request, message, cancellationToken);
        }
    }

    public Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

    public static string? Message(OffboardingRequest request, string? comment, DateTimeOffset now)
    {
        var by = CardText.Escape(request.DecidedByName ?? request.Approver.DisplayName);
        var what = request.Kind == OffboardingRequestKind.Reversal
            ? $"undoing the offboarding of {CardText.Escape(request.LeaverName)}"
            : $"offboarding {CardText.Escape(request.LeaverName)}";
        return request.State switch
        {
            OffboardingRequestState.Approved when request.Options.RunAt is { } at && at > now =>
                $"{by} approved {request.Id} ({what}). It runs by itself on {OffboardingStatusText.When(at)}; you can cancel it until then.",
            OffboardingRequestState.Approved => $"{by} approved {request.Id} ({what}). Starting now.",
            OffboardingRequestState.Rejected => $"{by} rejected {request.Id} ({what}). Nothing was changed."
                + (string.IsNullOrWhiteSpace(comment) ? "" : $" Their comment: \"{CardText.Escape(comment, 500)}\""),
            OffboardingRequestState.Cancelled => $"{request.Id} ({what}) is cancelled.",
            OffboardingRequestState.Completed => $"Done: {request.Id} ({what}) is complete. Every step is ticked off on its card.",
            OffboardingRequestState.Stopped => $"{request.Id} ({what}) stopped: {CardText.Escape(request.FailureReason ?? "a step failed.", OffboardingCardText.LongText)} Press Retry on its card once the cause is fixed.",
            _ => null,
        };
    }
}
