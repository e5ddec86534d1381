using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;

namespace BotAlias.Features.Offboarding;

/// <summary>What the approver sees: who is leaving, exactly what will change, and the decision (or, once decided, the state).</summary>
public static class OffboardingApprovalCard
{
    public static AdaptiveCard Create(OffboardingRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var question = request.Kind == OffboardingRequestKind.Reversal
            ? $"Approve undoing the offboarding of {CardText.Escape(request.LeaverName)}?"
            : $"Approve the offboarding of {CardText.Escape(request.LeaverName)}?";
        var body = new List<CardElement>
        {
            new TextBlock { Text = $"{question} ({request.Id})", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new FactSet { Facts = OffboardingStatusCard.Facts(request) },
        };
        if (request.Plan is { } state)
        {
            body.AddRange(OffboardingPlanSection.Create(OffboardingPreviewBuilder.Build(state.Plan, request.Options.RunAt)));
        }

        if (request.State != OffboardingRequestState.PendingApproval)
        {
            var approved = request.State is not (OffboardingRequestState.Rejected or OffboardingRequestState.Cancelled) && request.DecidedByName is { } by
                ? $"Approved by {CardText.Escape(by)}. "
                : "";
            body.Add(new TextBlock
            {
                Text = approved + OffboardingStatusText.Describe(request, now),
                Wrap = true,
                Weight = TextWeight.Bolder,
                Color = request.State is OffboardingRequestState.Rejected or OffboardingRequestState.Cancelled or OffboardingRequestState.Stopped ? TextColor.Attention : TextColor.Good,
            });
            return new AdaptiveCard { Body = body };
        }

        body.Add(new TextInput { Id = "comment", Label = "Comment (optional, shown to the requester)", IsMultiline = true, MaxLength = 500 });
        var data = new JsonObject { ["requestId"] = request.Id, ["version"] = request.Version };
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction { Title = "Approve", Verb = OffboardingVerbs.Approve, Style = ActionStyle.Positive, Data = data.DeepClone().AsObject() },
                new ExecuteAction { Title = "Reject", Verb = OffboardingVerbs.Reject, Style = ActionStyle.Destructive, Data = data.DeepClone().AsObject() },
            ],
        };
    }
}
