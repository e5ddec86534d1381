using BotAlias.Bot;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.People;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// An admin undoes a completed (or stopped) offboarding: a reversal request built from what the offboarding
/// recorded, through the same approval (the approvers group) and audit, run the same way.
/// </summary>
public sealed class OffboardingReversals(IOffboardingRequestStore store, OffboardingIntake intake, ApproverRouter aliasRouter, TimeProvider clock)
{
    public const string AdminsOnly = "Only an admin can undo an offboarding.";

    /// <summary>Files the reversal and posts its status card in this chat.</summary>
    /// <returns>The reversal, or null with why not.</returns>
    public async Task<(OffboardingRequest? Reversal, string? Refusal)> RequestAsync(TurnContext turn, Actor actor, string? offboardingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            return (null, AdminsOnly);
        }

        var original = await OffboardingLookup.FindAsync(store, offboardingId, cancellationToken);
        if (original is not { Kind: OffboardingRequestKind.Offboarding, Plan: not null })
        {
            return (null, "I can't find an offboarding with that id. Offboarding ids look like OB-7K2M9Q.");
        }

        if (!OffboardingRequestStateMachine.CanBeReversed(original.State))
        {
            return (null, $"{original.Id} is {original.State}: only a completed or stopped offboarding can be undone.");
        }

        var open = (await store.FindOpenInvolvingAsync(original.Options.LeaverId, cancellationToken))
            .FirstOrDefault(r => !string.Equals(r.RequestId, original.Id, StringComparison.OrdinalIgnoreCase));
        if (open is not null)
        {
            return (null, $"{original.LeaverName} is part of the open request {open.RequestId}. Let it finish, or cancel it, before undoing {original.Id}.");
        }

        var plan = OffboardingReversalBuilder.Build(original.Plan);
        var (reversal, created) = await intake.SubmitAsync(
            turn, actor, new OffboardingNewRequest(original.Options, plan, aliasRouter.ApproversGroup(), null, original.Id), cancellationToken);
        if (created || reversal.StatusActivityId is null)
        {
            var sent = await turn.SendAsync(CardMessages.Card(OffboardingStatusCard.Create(reversal, clock.GetUtcNow()), $"Undoing {original.Id}"), cancellationToken);
            if (sent.Id is { Length: > 0 } activityId)
            {
                (reversal, _) = await store.ApplyAsync(
                    reversal,
                    latest => latest.StatusActivityId is not null
                        ? null
                        : new OffboardingChange(latest with { StatusActivityId = activityId, Version = latest.Version + 1, UpdatedAt = clock.GetUtcNow() }, [], []),
                    cancellationToken);
            }
        }

        return (reversal, null);
    }
}
