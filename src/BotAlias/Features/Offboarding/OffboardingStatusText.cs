using System.Globalization;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;

namespace BotAlias.Features.Offboarding;

/// <summary>Where a request stands, in one sentence of markdown (names escaped).</summary>
public static class OffboardingStatusText
{
    public static string Describe(OffboardingRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var by = CardText.Escape(request.DecidedByName ?? request.Approver.DisplayName);
        var steps = request.Plan?.Results.Count ?? 0;
        var done = request.Plan?.Results.Count(r => r.Status == OffboardingStepStatus.Succeeded) ?? 0;
        return request.State switch
        {
            OffboardingRequestState.PendingApproval => $"Waiting for approval by {CardText.Escape(request.Approver.DisplayName)}.",
            OffboardingRequestState.Approved when request.Options.RunAt is { } at && at > now =>
                $"Approved by {by}. It runs by itself on {When(at)}; until then it can be cancelled.",
            OffboardingRequestState.Approved => $"Approved by {by}. Starting now.",
            OffboardingRequestState.Running => $"In progress: {done} of {steps} steps done.",
            OffboardingRequestState.Stopped => $"Stopped after {done} of {steps} steps: "
                + CardText.Escape(request.FailureReason ?? "a step failed.", OffboardingCardText.LongText)
                + " Retry once the cause is fixed; the steps already done stay done.",
            OffboardingRequestState.Completed => $"Done: all {steps} steps are complete.",
            OffboardingRequestState.Rejected => $"Rejected by {by}. Nothing was changed.",
            OffboardingRequestState.Cancelled => $"Cancelled by {CardText.Escape(request.DecidedByName ?? "the requester")}."
                + (done > 0 ? $" The {done} steps already done stay done." : " Nothing was changed."),
            OffboardingRequestState.Reversed => "Undone: a reversal put things back as they were.",
            _ => request.State.ToString(),
        };
    }

    public static string When(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Noun(OffboardingRequest request) =>
        request.Kind == OffboardingRequestKind.Reversal ? "Undoing offboarding" : "Offboarding";
}
