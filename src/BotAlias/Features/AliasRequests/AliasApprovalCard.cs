using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

/// <summary>What the approver sees: who asks for what and why, what the checks found, and the decision.</summary>
public static class AliasApprovalCard
{
    /// <param name="canDecide">False for people who may look but not decide (a shared approvers channel): no buttons.</param>
    /// <param name="refreshUserIds">In a shared channel, the approvers whose Teams client asks the bot for their own view.</param>
    public static AdaptiveCard Create(AliasRequest request, IReadOnlyList<string> findings, bool canDecide = true, IReadOnlyList<string>? refreshUserIds = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = $"{AliasKindText.ApprovalQuestion(request)} ({request.Id})", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
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

        var refresh = refreshUserIds is { Count: > 0 }
            ? new CardRefresh
            {
                Action = new ExecuteAction { Verb = AliasVerbs.ApprovalView, Data = new JsonObject { ["requestId"] = request.Id } },
                UserIds = [.. refreshUserIds.Take(CardRefresh.MaxUserIds)],
            }
            : null;
        if (request.EscalatedTo is { } escalated && escalated != request.Approver)
        {
            body.Add(new TextBlock { Text = $"Escalated: it waited too long for {CardText.Escape(request.Approver.DisplayName)}, so {CardText.Escape(escalated.DisplayName)} may decide too.", Wrap = true, IsSubtle = true });
        }

        if (!canDecide)
        {
            body.Add(new TextBlock { Text = $"Waiting for {CardText.Escape(request.Approver.DisplayName)} to decide.", Wrap = true, IsSubtle = true });
            return new AdaptiveCard { Body = body, Refresh = refresh };
        }

        body.Add(new TextInput { Id = "comment", Label = "Comment (optional, shown to the requester)", IsMultiline = true, MaxLength = 500 });
        var data = new JsonObject { ["requestId"] = request.Id, ["version"] = request.Version };
        return new AdaptiveCard
        {
            Refresh = refresh,
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
            RequestState.Completed => request.Kind == AliasRequestKind.Remove ? $"Approved by {by}. The address is removed." : $"Approved by {by}. The address is active.",
            RequestState.Failed => $"Approved by {by}, but it could not be completed: " + CardText.Escape(request.FailureReason ?? "unknown reason", AliasCardText.LongText),
            _ => $"Approved by {by}.",
        };
    }
}
