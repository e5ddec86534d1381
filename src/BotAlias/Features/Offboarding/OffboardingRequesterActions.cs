using BotAlias.Core.Offboarding;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// What the requester (or an admin) can do to their request: cancel it before it starts (or while stopped), and
/// retry it after a failed step. Each is one optimistic write, so two clicks act once.
/// </summary>
public sealed class OffboardingRequesterActions(IOffboardingRequestStore store, OutboxSignal signal, TimeProvider clock)
{
    public const string NotFound = "I can't find an offboarding request of yours with that id.";

    /// <returns>The request as it now stands, or null with why nothing changed.</returns>
    public async Task<(OffboardingRequest? Request, string? Refusal)> CancelAsync(Actor actor, string? requestId, CancellationToken cancellationToken)
    {
        var request = await FindOwnAsync(actor, requestId, cancellationToken);
        if (request is null)
        {
            return (null, NotFound);
        }

        var (current, written) = await store.ApplyAsync(
            request,
            latest =>
            {
                if (!OffboardingRequestStateMachine.TryFire(latest.State, OffboardingRequestTrigger.Cancel, out _))
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var cancelled = latest.Fire(OffboardingRequestTrigger.Cancel, now) with { DecidedById = actor.Id, DecidedByName = actor.Name };
                var audit = OffboardingAudit.Entry(now, actor.Id, actor.Name, "offboarding.cancelled", cancelled, latest.State.ToString(), cancelled.State.ToString());
                return new OffboardingChange(cancelled, [audit], [OffboardingJobs.StatusJob(cancelled.Id, cancelled.Version)]);
            },
            cancellationToken);
        if (written)
        {
            signal.Notify();
            return (current, null);
        }

        return current.State == OffboardingRequestState.Cancelled
            ? (current, null)
            : (current, $"{current.Id} has {(current.State == OffboardingRequestState.Running ? "already started" : "already ended")} ({current.State}), so it can no longer be cancelled.");
    }

    public async Task<(OffboardingRequest? Request, string? Refusal)> RetryAsync(Actor actor, string? requestId, CancellationToken cancellationToken)
    {
        var request = await FindOwnAsync(actor, requestId, cancellationToken);
        if (request is null)
        {
            return (null, NotFound);
        }

        var (current, written) = await store.ApplyAsync(
            request,
            latest =>
            {
                if (latest.State != OffboardingRequestState.Stopped)
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var retried = latest.Fire(OffboardingRequestTrigger.Start, now) with { FailureReason = null };
                var audit = OffboardingAudit.Entry(now, actor.Id, actor.Name, "offboarding.retried", retried, latest.State.ToString(), retried.State.ToString(), latest.FailureReason);
                return new OffboardingChange(retried, [audit], [OffboardingJobs.RunJob(retried.Id, retried.Version, now)]);
            },
            cancellationToken);
        if (written)
        {
            signal.Notify();
            return (current, null);
        }

        return current.State == OffboardingRequestState.Running
            ? (current, null)
            : (current, $"{current.Id} is {current.State}, not stopped, so there is nothing to retry.");
    }

    private async Task<OffboardingRequest?> FindOwnAsync(Actor actor, string? requestId, CancellationToken cancellationToken)
    {
        var request = await OffboardingLookup.FindAsync(store, requestId, cancellationToken);
        return request is not null && (string.Equals(request.RequesterId, actor.Id, StringComparison.OrdinalIgnoreCase) || actor.IsAdmin) ? request : null;
    }
}
