using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;

namespace BotAlias.Features.Offboarding;

/// <summary>The requester's card for one request, updated in place: the state, then the plan as a checklist.</summary>
public static class OffboardingStatusCard
{
    /// <param name="colleagueNotice">Whether the colleague was told in Teams (or could not be), once known.</param>
    /// <param name="offerUndo">Whether to show Undo (admins only; the server checks again).</param>
    public static AdaptiveCard Create(OffboardingRequest request, DateTimeOffset now, string? colleagueNotice = null, bool offerUndo = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new List<CardElement>
        {
            new TextBlock { Text = $"{OffboardingStatusText.Noun(request)} {request.Id}", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock
            {
                Text = OffboardingStatusText.Describe(request, now),
                Wrap = true,
                Weight = TextWeight.Bolder,
                Color = request.State switch
                {
                    OffboardingRequestState.Completed => TextColor.Good,
                    OffboardingRequestState.Stopped or OffboardingRequestState.Rejected => TextColor.Attention,
                    _ => TextColor.Accent,
                },
            },
            new FactSet { Facts = Facts(request) },
        };

        if (request.Plan is { } state)
        {
            var checklist = request.State is OffboardingRequestState.Running or OffboardingRequestState.Stopped or OffboardingRequestState.Completed
                or OffboardingRequestState.Reversed or OffboardingRequestState.Cancelled;
            body.AddRange(OffboardingPlanSection.Create(OffboardingPreviewBuilder.Build(state.Plan, request.Options.RunAt), checklist ? state : null));
        }

        if (colleagueNotice is not null)
        {
            body.Add(new TextBlock { Text = colleagueNotice, Wrap = true, Spacing = Spacing.Medium });
        }

        var data = new JsonObject { ["requestId"] = request.Id };
        var actions = new List<CardAction>();
        if (request.State == OffboardingRequestState.Stopped)
        {
            actions.Add(new ExecuteAction { Title = "Retry", Verb = OffboardingVerbs.Retry, Style = ActionStyle.Positive, Data = data.DeepClone().AsObject() });
        }

        if (OffboardingRequestStateMachine.TryFire(request.State, OffboardingRequestTrigger.Cancel, out _))
        {
            actions.Add(new ExecuteAction { Title = "Cancel request", Verb = OffboardingVerbs.Cancel, Style = ActionStyle.Destructive, Data = data.DeepClone().AsObject() });
        }

        if (offerUndo && request.Kind == OffboardingRequestKind.Offboarding && request.State == OffboardingRequestState.Completed)
        {
            actions.Add(new ExecuteAction { Title = "Undo this offboarding", Verb = OffboardingVerbs.Undo, Data = data.DeepClone().AsObject() });
        }

        return new AdaptiveCard { Body = body, Actions = actions.Count > 0 ? actions : null };
    }

    public static IReadOnlyList<Fact> Facts(OffboardingRequest request)
    {
        var facts = new List<Fact>
        {
            new("Leaving", CardText.Escape(request.LeaverName)),
        };
        if (request.ColleagueName is { } colleague)
        {
            facts.Add(new("Takes over", CardText.Escape(colleague)));
        }

        facts.Add(new("Requested by", CardText.Escape(request.RequesterName)));
        facts.Add(new("Approver", CardText.Escape(request.Approver.DisplayName)));
        if (request.ReversesRequestId is { } reverses)
        {
            facts.Add(new("Undoes", reverses));
        }

        return facts;
    }
}
