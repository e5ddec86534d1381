using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Audit;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Requests;

namespace BotAlias.Storage.Tests;

/// <summary>Offboarding requests, plans and audit entries as the offboarding flow would write them.</summary>
internal static class SampleOffboardings
{
    public const string Tenant = SampleRequests.Tenant;
    public const string Admin = "00000000-0000-0000-0000-0000000ad111";
    public const string Leaver = "00000000-0000-0000-0000-000000001ea7";
    public const string Colleague = "00000000-0000-0000-0000-00000000c011";
    public const string Approver = SampleRequests.Manager;

    public static OffboardingRequest New(
        string id,
        DateTimeOffset createdAt,
        string leaverId = Leaver,
        string? colleagueId = Colleague,
        string requesterId = Admin) => new()
    {
        Id = id,
        TenantId = Tenant,
        RequesterId = requesterId,
        RequesterName = "Adele Vance",
        LeaverName = "Lee Gu",
        ColleagueName = colleagueId is null ? null : "Christie Cline",
        Options = new OffboardingOptions
        {
            LeaverId = leaverId,
            ColleagueId = colleagueId,
            MoveAddressesToColleague = colleagueId is not null,
        },
        Approver = new ApproverRoute(ApproverKind.ApproversGroup, "offboarding-approvers", "Offboarding approvers"),
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };

    /// <summary>A three-step plan whose first step succeeded and second failed, with every result field set.</summary>
    public static OffboardingPlanState StoppedPlan(DateTimeOffset at)
    {
        var plan = new OffboardingPlan
        {
            Kind = OffboardingPlanKind.Offboarding,
            Leaver = new OffboardingPerson(Leaver, "Lee Gu"),
            Colleague = new OffboardingPerson(Colleague, "Christie Cline"),
            Steps =
            [
                new SetAccountEnabledStep(Leaver, Enabled: false),
                new MoveAddressStep(EmailAddress.Parse("Lee.Gu@contoso.com"), Leaver, Colleague),
                new SetMailboxAccessStep(Leaver, Colleague, MailboxAccess.FullAccess | MailboxAccess.SendAs, Granted: true),
            ],
            Notes = ["lee@contoso.onmicrosoft.com stays with the leaver: it is the tenant's own domain."],
        };
        return OffboardingPlanState.Start(plan)
            .WithResult(0, new OffboardingStepResult { Status = OffboardingStepStatus.Succeeded, Attempts = 1, StartedAt = at, FinishedAt = at.AddSeconds(2) })
            .WithResult(1, new OffboardingStepResult
            {
                Status = OffboardingStepStatus.Failed,
                Attempts = 2,
                StartedAt = at.AddSeconds(3),
                FinishedAt = at.AddSeconds(9),
                FailureReason = "Exchange did not answer in time.",
                IsTransient = true,
                Compensation = "Lee.Gu@contoso.com was given back to Lee Gu.",
                AddressMayBeUnheld = false,
                CreatedContactId = "contact-1",
            });
    }

    public static AuditEntry Created(OffboardingRequest request) => new()
    {
        At = request.CreatedAt,
        ActorId = request.RequesterId,
        ActorName = request.RequesterName,
        Action = "offboarding.requested",
        After = request.State.ToString(),
    };

    public static AuditEntry Changed(OffboardingRequest before, OffboardingRequest after, string action) => new()
    {
        At = after.UpdatedAt,
        ActorId = Approver,
        ActorName = "Miriam Graham",
        Action = action,
        RequestId = after.Id,
        Before = before.State.ToString(),
        After = after.State.ToString(),
    };
}
