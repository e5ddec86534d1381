using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Offboarding;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// The form's "Send for approval": validate again, answer with the form and its problems, or store the request
/// and turn the form into its status card. Idempotent on the activity: a redelivered submit gets the same card.
/// </summary>
public sealed class OffboardingSubmitHandler(
    ActorResolver actors,
    OffboardingFormCheck check,
    OffboardingApproverRouter router,
    OffboardingIntake intake,
    IOffboardingRequestStore store,
    TimeProvider clock) : IAdaptiveCardActionHandler
{
    public const string PrivateOnly = "Offboarding is private: message me directly and type \"offboard\".";

    public string Verb => OffboardingVerbs.Submit;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        if (!turn.Activity.IsPersonal())
        {
            return AdaptiveCardInvokeResponse.Message(PrivateOnly);
        }

        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            return AdaptiveCardInvokeResponse.Message(AliasCommand.NotInDirectory);
        }

        if (await EarlierAsync(turn, actor, cancellationToken) is { } earlier)
        {
            return Status(earlier);
        }

        var values = OffboardingFormValues.From(action);
        var result = await check.CheckAsync(actor, values, cancellationToken);
        if (!result.IsValid)
        {
            // The first delivery of this very submit may have won meanwhile: then its request is the answer.
            if (await EarlierAsync(turn, actor, cancellationToken) is { } raced)
            {
                return Status(raced);
            }

            var context = await check.ContextAsync(actor, cancellationToken);
            return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(OffboardingFormCard.Create(values, context, result.ProblemsByField)));
        }

        var approver = await router.RouteAsync(actor.Id, result.Leaver!, cancellationToken);
        var (request, _) = await intake.SubmitAsync(turn, actor, new OffboardingNewRequest(result.Options, result.Plan!, approver, turn.Activity.ReplyToId), cancellationToken);
        return Status(request);
    }

    private async Task<OffboardingRequest?> EarlierAsync(TurnContext turn, Actor actor, CancellationToken cancellationToken)
    {
        if (OffboardingIntake.SourceActivityKey(turn) is not { } key)
        {
            return null;
        }

        var mine = await store.ListByRequesterAsync(actor.Id, 20, cancellationToken);
        return mine.FirstOrDefault(r => r.SourceActivityKey == key);
    }

    private AdaptiveCardInvokeResponse Status(OffboardingRequest request) =>
        AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(OffboardingStatusCard.Create(request, clock.GetUtcNow())));
}
