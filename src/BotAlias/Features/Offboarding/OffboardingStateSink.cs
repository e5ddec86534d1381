using BotAlias.Core.Audit;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Saves the plan state with the request after every step (one write with the step's audit entry), then ticks
/// the step off on the requester's status card. A lost write race stops the run: the saved state is where it resumes.
/// </summary>
public sealed class OffboardingStateSink(
    OffboardingRequest request, IOffboardingRequestStore store, OffboardingNotifier notifier, OffboardingReleasedAddresses released, TimeProvider clock) : IOffboardingPlanStateSink
{
    public OffboardingRequest Request { get; private set; } = request;

    public async Task SaveAsync(OffboardingPlanState state, int stepIndex, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = clock.GetUtcNow();
        var updated = Request with { Plan = state, Version = Request.Version + 1, UpdatedAt = now };
        var result = state.Results[stepIndex];
        var step = state.Plan.Steps[stepIndex];
        var audit = new List<AuditEntry>();
        if (result.Status is OffboardingStepStatus.Succeeded or OffboardingStepStatus.Failed)
        {
            var failed = result.Status == OffboardingStepStatus.Failed;
            var details = OffboardingStepText.Describe(step, state.Plan)
                + (failed ? " — failed: " + result.FailureReason : "")
                + (result.Compensation is { } compensation ? " " + compensation : "");
            audit.Add(OffboardingAudit.ByBot(
                now, failed ? step.AuditAction + ".failed" : step.AuditAction, updated,
                before: $"step {stepIndex + 1} of {state.Plan.Steps.Count}", after: result.Status.ToString(), details: details,
                address: step is MoveAddressStep move ? move.Address.Value : null));
        }

        if (!await store.UpdateAsync(updated, Request.Version, audit, [], cancellationToken))
        {
            throw new InvalidOperationException($"Offboarding request {Request.Id} changed while its plan was running; the run stops at the last saved step.");
        }

        Request = updated;
        if (result.AddressMayBeUnheld && step is MoveAddressStep unheld)
        {
            await released.HoldAsync(Request, unheld.Address, cancellationToken);
        }

        await notifier.UpdateStatusCardAsync(updated, cancellationToken);
    }
}
