using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Requests;

namespace BotAlias.Features.AliasRequests;

/// <summary>The requester's card for one request, updated in place as it moves on.</summary>
public static class AliasStatusCard
{
    public const string DoneAdvice =
        "Mail sent from your mailbox still goes out from your primary address. The new address may take a while to appear everywhere: in the address book and for people writing to it.";

    public const string RemovedAdvice =
        "Mail to this address is no longer delivered to your mailbox. The address is held back for a while before anyone else can have it, so stray mail does not reach someone new.";

    public static AdaptiveCard Create(AliasRequest request)
    {
        var approverName = CardText.Escape(request.Approver.DisplayName);
        var body = new List<CardElement>
        {
            new TextBlock { Text = $"{AliasKindText.Noun(request)} {request.Id}", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock
            {
                Text = AliasStatusText.Describe(request with { DecidedByName = Escaped(request.DecidedByName) }, approverName),
                Wrap = true,
                Weight = TextWeight.Bolder,
                Color = request.State switch
                {
                    RequestState.Completed => TextColor.Good,
                    RequestState.Failed or RequestState.Rejected => TextColor.Attention,
                    _ => TextColor.Accent,
                },
            },
            new FactSet
            {
                Facts =
                [
                    new Fact("Address", CardText.Escape(request.Address.Value)),
                    new Fact("For", CardText.Escape(request.TargetName)),
                    new Fact("Why", CardText.Escape(AliasReasonText.Describe(request.Reason))),
                    new Fact("Approver", approverName),
                ],
            },
        };

        if (request.State == RequestState.Rejected && !string.IsNullOrWhiteSpace(request.DecisionComment))
        {
            body.Add(new TextBlock { Text = "Comment: " + CardText.Escape(request.DecisionComment), Wrap = true });
        }

        if (request.State == RequestState.Failed && !string.IsNullOrWhiteSpace(request.FailureReason))
        {
            body.Add(new TextBlock { Text = CardText.Escape(request.FailureReason, AliasCardText.LongText) + $" Nothing was changed. Quote {request.Id} if you ask for help.", Wrap = true });
        }

        if (request.State == RequestState.Completed)
        {
            body.Add(new TextBlock { Text = request.Kind == AliasRequestKind.Remove ? RemovedAdvice : DoneAdvice, Wrap = true, IsSubtle = true });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = request.State == RequestState.PendingApproval
                ? [new ExecuteAction { Title = "Cancel request", Verb = AliasVerbs.Cancel, Style = ActionStyle.Destructive, Data = new JsonObject { ["requestId"] = request.Id } }]
                : null,
        };
    }

    private static string? Escaped(string? text) => text is null ? null : CardText.Escape(text);
}
