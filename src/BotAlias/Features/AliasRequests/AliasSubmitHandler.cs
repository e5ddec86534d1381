using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.State;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;
using BotAlias.Features.People;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// The form's submit: validate at once, answer in the same card (errors by the inputs, values kept),
/// and for a valid request store it, reserve its address and queue the approver's card.
/// </summary>
/// <remarks>
/// Teams may deliver the same submit twice, and the second must be answered as the first was. A valid submit needs
/// no look-up for that: the request store knows the activity (a unique index) and hands back the request it made.
/// Any other answer is given only after checking that the activity made no request, because what made the
/// first delivery valid (a free address) is what its own request has since changed.
/// </remarks>
public sealed class AliasSubmitHandler(
    ActorResolver actors,
    IDirectory directory,
    AddressValidationPolicy policy,
    AddressFacts facts,
    AliasRequestIntake intake,
    IConversationReferenceStore references,
    OriginProtector origins) : IAdaptiveCardActionHandler
{
    public string Verb => AliasVerbs.Submit;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            return AdaptiveCardInvokeResponse.Message(AliasCommand.NotInDirectory);
        }

        var values = AliasFormValues.From(action);
        var (target, targetProblem) = await ResolveTargetAsync(actor, values.Target, cancellationToken);
        if (target is null)
        {
            return await UnlessRedeliveredAsync(turn, Form(values, actor, ("target", targetProblem!)), cancellationToken);
        }

        var validation = await policy.ValidateAsync(
            new AddressValidationRequest
            {
                RawAddress = values.Address,
                Requester = new AddressRequester(actor.Id, actor.IsAdmin),
                Target = target,
            },
            facts,
            cancellationToken);

        if (validation.Outcome == AddressValidationOutcome.AlreadyHeldByTarget)
        {
            return await UnlessRedeliveredAsync(
                turn,
                AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasAnswerCard.Create(validation.Message ?? "It already has this address: nothing to do."))),
                cancellationToken);
        }

        if (validation.Outcome != AddressValidationOutcome.Valid || validation.Address is null)
        {
            return await UnlessRedeliveredAsync(turn, Form(values, actor, [.. validation.Problems.Select(p => (p.Field, p.Message))]), cancellationToken);
        }

        var origin = await OriginAsync(turn, actor, values.Origin, cancellationToken);
        var result = await intake.SubmitAsync(
            turn,
            new AliasIntake(AliasRequestKind.Add, actor, target, validation.Address, values.Reason, values.ReasonText, origin),
            cancellationToken);

        // A redelivery is answered by the store with the request it made (DuplicateActivity), like a new one.
        return result.Outcome switch
        {
            CreateRequestOutcome.AddressReserved => Form(values, actor, ("address", "That address is unavailable: someone has already asked for it.")),
            _ => StatusCard(result.Request),
        };
    }

    /// <summary>The request this very activity made earlier, if it is a redelivery; otherwise <paramref name="answer"/>.</summary>
    private async Task<AdaptiveCardInvokeResponse> UnlessRedeliveredAsync(TurnContext turn, AdaptiveCardInvokeResponse answer, CancellationToken cancellationToken) =>
        await intake.FindEarlierAsync(turn, cancellationToken) is { } earlier ? StatusCard(earlier) : answer;

    private static AdaptiveCardInvokeResponse StatusCard(AliasRequest request) =>
        AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasStatusCard.Create(request)));

    /// <summary>
    /// The channel thread sealed into the form's hidden data for this person, if the bot still has that
    /// conversation in this tenant; the value comes back from the client, so it is checked, never trusted.
    /// </summary>
    private async Task<string?> OriginAsync(TurnContext turn, Actor actor, string sealedOrigin, CancellationToken cancellationToken)
    {
        if (origins.Open(actor.Id, sealedOrigin) is not { } origin
            || await references.FindByConversationAsync(origin, cancellationToken) is not { } reference)
        {
            return null;
        }

        return reference.TenantId == turn.TenantId && reference.ConversationType is "channel" or "groupChat" ? origin : null;
    }

    private async Task<(Recipient? Target, string? Problem)> ResolveTargetAsync(Actor actor, string target, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return actor.User.Mailbox is { } own
                ? (own, null)
                : (null, "You have no mailbox, so there is nothing to add an address to. Ask your admin.");
        }

        if (!actor.IsAdmin)
        {
            return (null, "Only an admin can ask for an address on someone else's mailbox. Leave this empty to ask for yourself.");
        }

        if (!EmailAddress.TryParse(target.Trim(), out var address))
        {
            return (null, "Type the mailbox's primary address, for example sales@example.com.");
        }

        var holder = await directory.FindHolderAsync(address!, cancellationToken);
        return holder is null
            ? (null, "No mailbox has that address.")
            : (holder.Recipient, null);
    }

    private static AdaptiveCardInvokeResponse Form(AliasFormValues values, Actor actor, params (string Field, string Message)[] problems)
    {
        var byField = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => string.Join(' ', g.Select(p => p.Message)));
        return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasFormCard.Create(values, actor.IsAdmin, byField)));
    }
}
