using System.Globalization;
using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Requests;
using BotAlias.Features.AliasRequests;

namespace BotAlias.Features.SelfService;

public static class MyRequestsCard
{
    public static AdaptiveCard Create(IReadOnlyList<AliasRequest> requests)
    {
        var body = new List<CardElement> { new TextBlock { Text = "Your requests", Size = TextSize.Medium, Weight = TextWeight.Bolder } };
        if (requests.Count == 0)
        {
            body.Add(new TextBlock { Text = "You have no requests yet. Type \"alias\" to ask for an address.", Wrap = true, IsSubtle = true });
        }

        foreach (var request in requests)
        {
            var line = $"**{request.Id}** · {(request.Kind == AliasRequestKind.Remove ? "remove" : "add")} {CardText.Escape(request.Address.Value)} · "
                + CardText.Escape(AliasStatusText.Describe(request, request.Approver.DisplayName))
                + " · " + request.CreatedAt.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
            var items = new List<CardElement> { new TextBlock { Text = line, Wrap = true } };
            if (request.State == RequestState.PendingApproval)
            {
                items.Add(new ActionSet { Actions = [new ExecuteAction { Title = $"Cancel {request.Id}", Verb = AliasVerbs.Cancel, Style = ActionStyle.Destructive, Data = new JsonObject { ["requestId"] = request.Id } }] });
            }

            body.Add(new Container { Items = items, Separator = true });
        }

        return new AdaptiveCard { Body = body };
    }
}
