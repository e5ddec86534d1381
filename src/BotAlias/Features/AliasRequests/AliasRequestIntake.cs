using BotAlias.AdaptiveCards;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Requests;
using BotAlias.Outbox;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// Turns a checked request into a stored one: a short id, the approver, the address reserved, the
/// audit entry and the approver's card queued, all in one write.
/// </summary>
public sealed class AliasRequestIntake(ApproverRouter router, IAliasRequestStore store, OutboxSignal signal, TimeProvider clock)
{
    // Ids are six random characters: with tens of thousands of requests two will now and then draw the same one.
    private const int IdAttempts = 5;

    public async Task<CreateRequestResult> SubmitAsync(TurnContext turn, AliasIntake intake, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await SubmitOnceAsync(turn, intake, cancellationToken);
            if (result.Outcome != CreateRequestOutcome.IdTaken || attempt == IdAttempts)
            {
                return result.Outcome == CreateRequestOutcome.IdTaken
                    ? throw new InvalidOperationException($"{IdAttempts} new request ids in a row were taken already; the request was not stored.")
                    : result;
            }
        }
    }

    private async Task<CreateRequestResult> SubmitOnceAsync(TurnContext turn, AliasIntake intake, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var request = new AliasRequest
        {
            Id = RequestId.NewAliasRequestId(),
            Kind = intake.Kind,
            TenantId = turn.TenantId!,
            RequesterId = intake.Requester.Id,
            RequesterName = intake.Requester.Name,
            TargetId = intake.Target.Id,
            TargetName = intake.Target.DisplayName,
            Address = intake.Address,
            Reason = intake.Reason,
            ReasonText = string.IsNullOrWhiteSpace(intake.ReasonText) ? null : CardText.Plain(intake.ReasonText, 500),
            Approver = await router.RouteAsync(intake.Requester.Id, cancellationToken),
            CreatedAt = now,
            UpdatedAt = now,
            RequesterConversationId = turn.Activity.Conversation!.Id,
            StatusActivityId = turn.Activity.ReplyToId,
            SourceActivityKey = SourceActivityKey(turn),
            OriginConversationId = intake.OriginConversationId,
        };
        var action = intake.Kind == AliasRequestKind.Remove ? "request.created.remove" : "request.created";
        var result = await store.CreateAsync(
            request,
            AliasAudit.Entry(now, intake.Requester.Id, intake.Requester.Name, action, request, after: request.State.ToString(), details: AliasReasonText.Describe(request.Reason)),
            AliasJobs.NotifyApproverJob(request.Id, turn.Activity.ServiceUrl!),
            cancellationToken);
        signal.Notify();
        return result;
    }

    /// <summary>The request a redelivered activity already created, to answer it the same way.</summary>
    public async Task<AliasRequest?> FindEarlierAsync(TurnContext turn, CancellationToken cancellationToken) =>
        SourceActivityKey(turn) is { } key ? await store.FindBySourceActivityAsync(key, cancellationToken) : null;

    private static string? SourceActivityKey(TurnContext turn) =>
        turn.Activity.Id is { Length: > 0 } id ? $"{turn.Activity.Conversation!.Id}|{id}" : null;
}
