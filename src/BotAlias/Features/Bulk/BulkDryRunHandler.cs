using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Invoke;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.Bulk.Cards;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>
/// The form's "Dry run": checks the form, then queues the dry run, which reads the whole directory in the
/// background and replaces this card with its result. A redelivered click queues nothing new.
/// </summary>
public sealed class BulkDryRunHandler(ActorResolver actors, BulkFormCheck check, BulkLists lists, IOutbox outbox, OutboxSignal signal) : IAdaptiveCardActionHandler
{
    public const string PrivateOnly = "Bulk changes are made in private: message me directly and type \"bulk\".";

    public string Verb => BulkVerbs.DryRun;

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

        if (!actor.IsAdmin)
        {
            return AdaptiveCardInvokeResponse.Message(BulkCommand.AdminsOnly);
        }

        var values = BulkFormValues.From(action.Data.ValueKind == JsonValueKind.Object ? JsonObject.Create(action.Data) : null);
        var result = await check.CheckAsync(actor.Id, values, cancellationToken);
        if (!result.IsValid)
        {
            var uploaded = values.ListId is { } listId && await lists.FindAsync(listId, actor.Id, cancellationToken) is { } list
                ? new BulkUploadedList(list.FileName, list.Entries.Count, listId)
                : null;
            var form = BulkFormCard.Create(values, result.Problems, await check.EmailDomainsAsync(cancellationToken), uploaded);
            return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(form));
        }

        var sourceKey = SourceActivityKey(turn);
        var order = new BulkPlanOrder
        {
            // The same click always names the same run, so a redelivered invoke finds the dry run it queued the first
            // time (the job's idempotency key is the run id).
            RunId = sourceKey is null ? BulkRunId.New() : BulkRunId.For(sourceKey),
            TenantId = turn.TenantId!,
            RequesterId = actor.Id,
            RequesterName = actor.Name,
            Audience = result.Audience!,
            Change = result.Change!,
            ListId = result.ListId,
            ConversationId = turn.Activity.Conversation!.Id!,
            CardActivityId = turn.Activity.ReplyToId,
            SourceActivityKey = sourceKey,
        };
        await outbox.EnqueueAsync(BulkJobs.PlanJob(order), cancellationToken);
        signal.Notify();
        return AdaptiveCardInvokeResponse.Card(AdaptiveCardSerializer.ToJsonElement(BulkPlanningCard.Create(order.RunId, order.Audience, order.Change)));
    }

    private static string? SourceActivityKey(TurnContext turn) =>
        turn.Activity.Id is { Length: > 0 } id ? $"{turn.Activity.Conversation!.Id}|{id}" : null;
}
