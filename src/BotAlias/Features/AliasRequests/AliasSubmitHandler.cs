using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.State;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Core.Requests;
using BotAlias.Core.Validation;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// The form's submit: validate at once, answer in the same card (errors by the inputs, values kept),
/// and for a valid request store it, reserve its address and queue the approver's card.
/// </summary>
public sealed class AliasSubmitHandler(
    ActorResolver actors,
    IDirectory directory,
    AddressValidationPolicy policy,
    AddressFacts facts,
    ApproverRouter router,
    IAliasRequestStore store,
    OutboxSignal signal,
    IConversationReferenceStore references,
    OriginProtector origins,
    TimeProvider clock) : IAdaptiveCardActionHandler
{
    public string Verb => AliasVerbs.Submit;

    public async Task<AdaptiveCardInvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(turn, cancellationToken);
        if (actor is null)
        {
            return AdaptiveCardInvokeResponse.Message(AliasCommand.NotInDirectory);
        }

        // Teams may deliver the same submit twice: answer the second as the first was answered.
        var sourceKey = SourceActivityKey(turn);
        if (sourceKey is not null && await store.FindBySourceActivityAsync(sourceKey, cancellationToken) is { } earlier)
        {
            return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasStatusCard.Create(earlier)));
        }

        var values = AliasFormValues.From(action);
        var (target, targetProblem) = await ResolveTargetAsync(actor, values.Target, cancellationToken);
        if (target is null)
        {
            return Form(values, actor, ("target", targetProblem!));
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
            return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasAnswerCard.Create(validation.Message ?? "It already has this address: nothing to do.")));
        }

        if (validation.Outcome != AddressValidationOutcome.Valid || validation.Address is null)
        {
            return Form(values, actor, [.. validation.Problems.Select(p => (p.Field, p.Message))]);
        }

        var request = await NewRequestAsync(turn, actor, target, validation.Address, values, cancellationToken);
        var now = clock.GetUtcNow();
        var result = await store.CreateAsync(
            request,
            AliasAudit.Entry(now, actor.Id, actor.Name, "request.created", request, after: request.State.ToString(), details: AliasReasonText.Describe(request.Reason)),
            AliasJobs.NotifyApproverJob(request.Id, turn.Activity.ServiceUrl!),
            cancellationToken);
        signal.Notify();

        return result.Outcome switch
        {
            CreateRequestOutcome.AddressReserved => Form(values, actor, ("address", "That address is unavailable: someone has already asked for it.")),
            _ => AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(AliasStatusCard.Create(result.Request))),
        };
    }

    private async Task<AliasRequest> NewRequestAsync(TurnContext turn, Actor actor, Recipient target, EmailAddress address, AliasFormValues values, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return new AliasRequest
        {
            Id = RequestId.NewAliasRequestId(),
            TenantId = turn.TenantId!,
            RequesterId = actor.Id,
            RequesterName = actor.Name,
            TargetId = target.Id,
            TargetName = target.DisplayName,
            Address = address,
            Reason = values.Reason,
            ReasonText = string.IsNullOrWhiteSpace(values.ReasonText) ? null : CardText.Plain(values.ReasonText, 500),
            Approver = await router.RouteAsync(actor.Id, cancellationToken),
            CreatedAt = now,
            UpdatedAt = now,
            RequesterConversationId = turn.Activity.Conversation!.Id,
            StatusActivityId = turn.Activity.ReplyToId,
            SourceActivityKey = SourceActivityKey(turn),
            OriginConversationId = await OriginAsync(turn, actor, values.Origin, cancellationToken),
        };
    }

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

    private static string? SourceActivityKey(TurnContext turn) =>
        turn.Activity.Id is { Length: > 0 } id ? $"{turn.Activity.Conversation!.Id}|{id}" : null;

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
