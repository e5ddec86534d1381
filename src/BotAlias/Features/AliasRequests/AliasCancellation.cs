using BotAlias.Core.Requests;
using BotAlias.Features.People;
using BotAlias.Hosting;
using BotAlias.Outbox;

namespace BotAlias.Features.AliasRequests;

/// <summary>The requester (or an admin) withdraws a request that nobody has decided yet.</summary>
public sealed class AliasCancellation(IAliasRequestStore store, OutboxSignal signal, TimeProvider clock, BotAliasMetrics metrics)
{
    /// <returns>The request as it now stands, or null with a message saying why nothing changed.</returns>
    public async Task<(AliasRequest? Request, string? Refusal)> CancelAsync(Actor actor, string? requestId, CancellationToken cancellationToken)
    {
        var request = RequestId.LooksValid(requestId) ? await store.FindAsync(RequestId.Normalize(requestId!), cancellationToken) : null;
        if (request is null || (request.RequesterId != actor.Id && !actor.IsAdmin))
        {
            // The same words whether it does not exist or is someone else's: ids reveal nothing.
            return (null, "I can't find a request of yours with that id.");
        }

        var (current, written) = await store.ApplyAsync(
            request,
            latest =>
            {
                if (latest.State != RequestState.PendingApproval)
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var cancelled = latest.Fire(RequestTrigger.Cancel, now);
                var audit = AliasAudit.Entry(now, actor.Id, actor.Name, "request.cancelled", cancelled, latest.State.ToString(), cancelled.State.ToString());
                return new AliasChange(cancelled, audit, AliasJobs.StatusJob(cancelled.Id, cancelled.State.ToString()));
            },
            cancellationToken);
        if (written)
        {
            signal.Notify();
            metrics.ApprovalDecided(BotAliasMetrics.Cancelled);
            return (current, null);
        }

        request = current;
        return (request, request.State == RequestState.Cancelled ? null : $"Request {request.Id} is already {AliasStatusText.Describe(request, request.Approver.DisplayName).ToLowerInvariant()}, so it can no longer be cancelled.");
    }
}
