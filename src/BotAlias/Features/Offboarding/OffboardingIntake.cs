using BotAlias.BotFramework.Turns;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Requests;
using BotAlias.Features.People;
using BotAlias.Outbox;

namespace BotAlias.Features.Offboarding;

/// <summary>
/// Stores a checked request with its plan, its audit entry and the approver's card queued, in one write. A
/// redelivered activity finds the request it created the first time instead of creating another.
/// </summary>
public sealed class OffboardingIntake(IOffboardingRequestStore store, OutboxSignal signal, TimeProvider clock)
{
    public async Task<(OffboardingRequest Request, bool Created)> SubmitAsync(
        TurnContext turn, Actor requester, OffboardingNewRequest intake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(intake);
        var now = clock.GetUtcNow();
        var request = new OffboardingRequest
        {
            Id = OffboardingRequestId.New(),
            TenantId = turn.TenantId!,
            Kind = intake.Plan.Kind == OffboardingPlanKind.Reversal ? OffboardingRequestKind.Reversal : OffboardingRequestKind.Offboarding,
            ReversesRequestId = intake.ReversesRequestId,
            RequesterId = requester.Id,
            RequesterName = requester.Name,
            LeaverName = intake.Plan.Leaver.DisplayName,
            ColleagueName = intake.Plan.Colleague?.DisplayName,
            Options = intake.Options,
            Approver = intake.Approver,
            Plan = OffboardingPlanState.Start(intake.Plan),
            CreatedAt = now,
            UpdatedAt = now,
            RequesterConversationId = turn.Activity.Conversation!.Id,
            StatusActivityId = intake.StatusActivityId,
            SourceActivityKey = SourceActivityKey(turn),
        };
        var action = request.Kind == OffboardingRequestKind.Reversal ? "offboarding.reversal_created" : "offboarding.created";
        var details = request.Kind == OffboardingRequestKind.Reversal
            ? $"undoes {intake.ReversesRequestId}"
            : $"{request.LeaverName} leaves{(request.ColleagueName is null ? "" : "; " + request.ColleagueName + " takes over")}; {intake.Plan.Steps.Count} steps";
        var result = await store.CreateAsync(
            request,
            OffboardingAudit.Entry(now, requester.Id, requester.Name, action, request, after: request.State.ToString(), details: details),
            [OffboardingJobs.NotifyApproverJob(request.Id, turn.Activity.ServiceUrl!)],
            cancellationToken);
        signal.Notify();
        return result;
    }

    public static string? SourceActivityKey(TurnContext turn) =>
        turn.Activity.Id is { Length: > 0 } id ? $"{turn.Activity.Conversation!.Id}|{id}" : null;
}
