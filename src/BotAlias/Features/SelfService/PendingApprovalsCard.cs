using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Requests;
using BotAlias.Features.AliasRequests;

namespace BotAlias.Features.SelfService;

public static class PendingApprovalsCard
{
    public static AdaptiveCard Create(IReadOnlyList<AliasRequest> requests)
    {
        var body = new List<CardElement> { new TextBlock { Text = "Waiting for your approval", Size = TextSize.Medium, Weight = TextWeight.Bolder } };
        if (requests.Count == 0)
        {
            body.Add(new TextBlock { Text = "Nothing waits for you.", Wrap = true, IsSubtle = true });
        }

        foreach (var request in requests)
        {
            var what = request.Kind == AliasRequestKind.Remove ? "to remove" : "for";
            var data = new JsonObject { ["requestId"] = request.Id };
            body.Add(new Container
            {
                Separator = true,
                Items =
                [
                    new TextBlock { Text = $"**{request.Id}** · {CardText.Escape(request.RequesterName)} asks {what} {CardText.Escape(request.Address.Value)}", Wrap = true },
                    new TextBlock { Text = CardText.Escape(AliasReasonText.Describe(request.Reason)), IsSubtle = true, Spacing = Spacing.None, Wrap = true },
                    new ActionSet
                    {
                        Actions =
                        [
                            new ExecuteAction { Title = "Approve", Verb = AliasVerbs.Approve, Style = ActionStyle.Positive, Data = data.DeepClone().AsObject() },
                            new ExecuteAction { Title = "Reject", Verb = AliasVerbs.Reject, Style = ActionStyle.Destructive, Data = data.DeepClone().AsObject() },
                        ],
                    },
                ],
            });
        }

        return new AdaptiveCard { Body = body };
    }
}
