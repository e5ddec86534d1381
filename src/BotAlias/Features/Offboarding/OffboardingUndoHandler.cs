using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>Undo on a completed offboarding's status card: admins only (checked here, whatever the card showed).</summary>
public sealed class OffboardingUndoHandler(ActorResolver actors, OffboardingReversals reversals) : IAdaptiveCardActionHandler
{
    public string Verb => OffboardingVerbs.Undo;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            return AdaptiveCardInvokeResponse.Message(AliasCommand.NotInDirectory);
        }

        var (reversal, refusal) = await reversals.RequestAsync(turn, actor, action.DataString("requestId"), cancellationToken);
        return AdaptiveCardInvokeResponse.Message(reversal is null
            ? refusal!
            : $"Undoing it is request {reversal.Id}, now waiting for approval by {reversal.Approver.DisplayName}. Its status card is below.");
    }
}
