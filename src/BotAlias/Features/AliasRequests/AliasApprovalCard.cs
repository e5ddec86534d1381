using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

/// <summary>What the approver sees: who asks for what and why, what the checks found, and the decision.</summary>
public static class AliasApprovalCard
{
    public static AdaptiveCard Create(AliasRequest request, IReadOnlyList<string> findings)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = $"Approve an email alias? ({request.Id})", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new FactSet
            {
                Facts =
                [
                    new Fact("Requested by", CardText.Escape(request.RequesterName)),
                    new Fact("Address", CardText.Escape(request.Address.Value)),
                    new Fact("For", CardText.Escape(request.TargetName)),
                    new Fact("Why", CardText.Escape(AliasReasonText.Describe(request.Reason))),
                ],
            },
        };
        if (!string.IsNullOrWhiteSpace(request.ReasonText))
        {
            body.Add(new TextBlock { Text = "\"" + CardText.Escape(request.ReasonText) + "\"", Wrap = true, IsSubtle = true });
        }

        body.Add(new TextBlock { Text = "Checks", Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        body.AddRange(findings.Select(f => new TextBlock { Text = "✓ " + CardText.Escape(f), Wrap = true, Spacing = Spacing.None }));

        if (request.State != RequestState.PendingApproval)
        {
            body.Add(new TextBlock
            {
                Text = Decided(request),
                Wrap = true,
                Weight = TextWeight.Bolder,
                Color = request.State is RequestState.Rejected or RequestState.Failed or RequestState.Cancelled ? TextColor.Attention : TextColor.Good,
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
                new ExecuteAction { Title = "Approve", Verb = AliasVerbs.Approve, Style = ActionStyle.Positive, Data = data.DeepClone().AsObject() },
                new ExecuteAction { Title = "Reject", Verb = AliasVerbs.Reject, Style = ActionStyle.Destructive, Data = data.DeepClone().AsObject() },
            ],
        };
    }

    private static string Decided(AliasRequest request)
    {
        var by = CardText.Escape(request.DecidedByName ?? "someone");
        return request.State switch
        {
            RequestState.Rejected => $"Rejected by {by}.",
            RequestState.Cancelled => "Cancelled by the requester.",
            RequestState.Completed => $"Approved by {by}. The address is active.",
            RequestState.Failed => $"Approved by {by}, but it could not be completed: " + CardText.Escape(request.FailureReason ?? "unknown reason", AliasCardText.LongText),
            _ => $"Approved by {by}.",
        };
    }
}
