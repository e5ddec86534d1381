using BotAlias.Core.Audit;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Outbox;
using BotAlias.Core.Validation;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Runs an approved plan at its time: validates again (a scheduled run acts on the directory as it is then) and
/// rebuilds the plan if nothing has run yet, then runs it step by step, saving after every step. A restart finds
/// the request running and resumes at the last saved step; a failed step stops the plan with its reason and Retry.
/// </summary>
public sealed class OffboardingRunJobHandler(
    IOffboardingRequestStore store,
    OffboardingValidator validator,
    OffboardingPlanRunner runner,
    ActorResolver actors,
    OffboardingNotifier notifier,
    OffboardingReleasedAddresses released,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<OffboardingRunJobHandler> logger) : IOutboxHandler
{
    public string Kind => OffboardingJobs.Run;

    public async Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken)
    {
        if (OffboardingJobs.RequestId(lease.Payload) is not { } id || await store.FindAsync(id, cancellationToken) is not { } request)
        {
            return;
        }

        if (request.State == OffboardingRequestState.Approved)
        {
            if (request.Options.RunAt is { } at && at > clock.GetUtcNow())
            {
                throw new InvalidOperationException($"Offboarding {request.Id} is due at {at:O}, not yet; it is tried again later.");
            }

            request = await MoveAsync(request, OffboardingRequestTrigger.Start, "offboarding.started", null, cancellationToken);
        }

        if (request.State != OffboardingRequestState.Running || request.Plan is null)
        {
            return; // Cancelled before it started, or finished by an earlier run.
        }

        if (request.Kind == OffboardingRequestKind.Offboarding && request.Plan.Status == OffboardingPlanStatus.NotStarted)
        {
            var replanned = await ReplanAsync(request, cancellationToken);
            if (replanned is null)
            {
                return;
            }

            request = replanned;
        }

        var sink = new OffboardingStateSink(request, store, notifier, released, clock);
        await notifier.UpdateStatusCardAsync(request, cancellationToken);
        var state = await runner.RunAsync(request.Plan!, sink, cancellationToken);
        request = sink.Request;
        await released.HoldUnheldAsync(request, cancellationToken);

        if (state.Status == OffboardingPlanStatus.Completed)
        {
            await MoveAsync(request, OffboardingRequestTrigger.Complete, "offboarding.completed", null, cancellationToken);
            if (request.Kind == OffboardingRequestKind.Reversal && request.ReversesRequestId is { } originalId
                && await store.FindAsync(originalId, cancellationToken) is { } original)
            {
                await MoveAsync(original, OffboardingRequestTrigger.MarkReversed, "offboarding.reversed", $"undone by {request.Id}", cancellationToken);
            }
        }
        else if (state.FailedStepIndex is { } failed)
        {
            var reason = $"step {failed + 1} ({OffboardingStepText.Describe(state.Plan.Steps[failed], state.Plan)}) failed: {state.Results[failed].FailureReason}";
            await MoveAsync(request, OffboardingRequestTrigger.Stop, "offboarding.stopped", reason, cancellationToken);
        }
    }

    /// <summary>After the last retry (the directory kept failing, or a bug) the plan stops with a reason and Retry, never silently stuck.</summary>
    public async Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken)
    {
        if (OffboardingJobs.RequestId(lease.Payload) is { } id && await store.FindAsync(id, cancellationToken) is { } request)
        {
            logger.LogError("Offboarding {RequestId} could not run: {Reason}", id, reason);
            if (request.State == OffboardingRequestState.Approved)
            {
                request = await MoveAsync(request, OffboardingRequestTrigger.Start, "offboarding.started", null, cancellationToken);
            }

            if (request.State == OffboardingRequestState.Running)
            {
                await MoveAsync(request, OffboardingRequestTrigger.Stop, "offboarding.stopped", "the run kept failing after several tries: " + reason, cancellationToken);
            }
        }
    }

    /// <returns>The request with a plan for the directory as it is now; null when it can no longer run (then it is stopped).</returns>
    private async Task<OffboardingRequest?> ReplanAsync(OffboardingRequest request, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(
            new OffboardingValidationRequest
            {
                Requester = new AddressRequester(request.RequesterId, await actors.IsAdminAsync(request.RequesterId, cancellationToken)),
                // The time has come: a scheduled time now in the past is no reason to refuse.
                Options = request.Options with { RunAt = null },
                ExcludeRequestId = request.Id,
            },
            cancellationToken);
        if (!validation.IsValid)
        {
            var reason = "it can no longer run as asked: " + string.Join(' ', validation.Problems.Select(p => p.Message));
            await MoveAsync(request, OffboardingRequestTrigger.Stop, "offboarding.stopped", reason, cancellationToken);
            return null;
        }

        var plan = OffboardingPlanBuilder.Build(request.Options, validation.Facts!);
        var (current, _) = await store.ApplyAsync(
            request,
            latest => latest.State != OffboardingRequestState.Running || latest.Plan?.Status != OffboardingPlanStatus.NotStarted
                ? null
                : new OffboardingChange(
                    latest with { Plan = OffboardingPlanState.Start(plan), Version = latest.Version + 1, UpdatedAt = clock.GetUtcNow() },
                    [OffboardingAudit.ByBot(clock.GetUtcNow(), "offboarding.planned", latest, details: $"{plan.Steps.Count} steps, checked against the directory as it is now")],
                    []),
            cancellationToken);
        return current;
    }

    private async Task<OffboardingRequest> MoveAsync(OffboardingRequest request, OffboardingRequestTrigger trigger, string action, string? reason, CancellationToken cancellationToken)
    {
        var (current, written) = await store.ApplyAsync(
            request,
            latest =>
            {
                if (!OffboardingRequestStateMachine.TryFire(latest.State, trigger, out _))
                {
                    return null;
                }

                var now = clock.GetUtcNow();
                var next = latest.Fire(trigger, now) with { FailureReason = trigger == OffboardingRequestTrigger.Stop ? reason : latest.FailureReason };
                List<OutboxMessage> jobs = [OffboardingJobs.StatusJob(next.Id, next.Version)];
                if (next.State == OffboardingRequestState.Completed && next.Kind == OffboardingRequestKind.Offboarding)
                {
                    jobs.Add(OffboardingJobs.TellColleagueJob(next.Id));
                }

                List<AuditEntry> audit = [OffboardingAudit.ByBot(now, action, next, latest.State.ToString(), next.State.ToString(), reason)];
                return new OffboardingChange(next, audit, jobs);
            },
            cancellationToken);
        if (written)
        {
            signal.Notify();
        }

        return current;
    }
}
