using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>The form's Preview: the same card again, with the typed values and exactly what will change, or the problems by their inputs.</summary>
public sealed class OffboardingPreviewHandler(ActorResolver actors, OffboardingFormCheck check) : IAdaptiveCardActionHandler
{
    public string Verb => OffboardingVerbs.Preview;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        if (!turn.Activity.IsPersonal())
        {
            return AdaptiveCardInvokeResponse.Message(OffboardingSubmitHandler.PrivateOnly);
        }

        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            return AdaptiveCardInvokeResponse.Message(AliasCommand.NotInDirectory);
        }

        var values = OffboardingFormValues.From(action);
        var result = await check.CheckAsync(actor, values, cancellationToken);
        if (values.AutomaticReplyText.Trim().Length == 0 && result.Leaver is { } leaver)
        {
            values = values with
            {
                AutomaticReplyText = OffboardingDefaults.AutomaticReplyText(leaver.DisplayName, result.Colleague?.DisplayName, result.Colleague?.Mailbox?.PrimaryAddress),
            };
        }

        var context = await check.ContextAsync(actor, cancellationToken);
        var card = result.IsValid
            ? OffboardingFormCard.Create(values, context, preview: OffboardingPreviewBuilder.Build(result.Plan!, result.Options.RunAt))
            : OffboardingFormCard.Create(values, context, result.ProblemsByField);
        return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(card));
    }
}
