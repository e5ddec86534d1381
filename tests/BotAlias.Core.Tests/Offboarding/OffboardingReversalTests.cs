using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;
using static BotAlias.Core.Tests.Offboarding.OffboardingWorld;

namespace BotAlias.Core.Tests.Offboarding;

public sealed class OffboardingReversalTests
{
    private readonly OffboardingWorld _world = new();

    [Fact]
    public async Task Undoing_a_full_offboarding_brings_everything_back_in_a_safe_order()
    {
        var done = await RunAsync(AlexToMegan with { ColleagueAccess = MailboxAccess.FullAccess, ConvertToShared = true, HideFromAddressBook = true, RemoveLicenses = true });

        var reversal = OffboardingReversalBuilder.Build(done);

        Assert.Equal(OffboardingPlanKind.Reversal, reversal.Kind);
        Assert.Equal(
            [
                "Give Alex Wilber back the licences ENTERPRISEPACK and POWER_BI_PRO",
                "Convert Alex Wilber's mailbox back to a regular mailbox",
                "Show Alex Wilber in the address book again",
                "Take full access on Alex Wilber's mailbox away from Megan Bowen",
                "Move alexw@example.com from Megan Bowen to Alex Wilber",
                "Move alex.wilber@example.com from Megan Bowen to Alex Wilber",
                "Move alexw@contoso-old.com from Megan Bowen to Alex Wilber",
                $"Remove Alex Wilber's internal address (X500:{AlexDn}) from Megan Bowen",
                "Make alexw@example.com Alex Wilber's primary address (instead of alexw@examplecorp.onmicrosoft.com)",
                "Change Alex Wilber's sign-in name from alexw@examplecorp.onmicrosoft.com to alexw@example.com",
                "Let Alex Wilber sign in again",
            ],
            OffboardingPreviewBuilder.Build(reversal).Steps);
        Assert.Contains("Revoked sessions can't be restored: Alex Wilber signs in afresh.", reversal.Notes);
    }

    [Fact]
    public async Task The_seed_s_migration_case_removes_the_custom_recipient_unhides_and_sets_the_alternate_recipient_to_none()
    {
        var original = _world.Tenant.Snapshot();
        var done = await RunAsync(new OffboardingOptions
        {
            LeaverId = "alex",
            MoveAddressesToColleague = false,
            DisableSignIn = false,
            Forwarding = ForwardingChoice.ExternalAddress,
            ExternalForwardingAddress = "adam@pop3.acme.test",
            HideFromAddressBook = true,
        });
        var contactId = done.Results[0].CreatedContactId!;
        Assert.Equal(contactId, _world.Tenant.Users["alex"].Forwarding!.RecipientId);

        var reversal = OffboardingReversalBuilder.Build(done);
        var undone = await _world.Runner().RunAsync(OffboardingPlanState.Start(reversal), new RecordingSink());

        Assert.Equal(
            [
                new SetHiddenFromAddressListsStep("alex", false),
                SetForwardingStep.Clear("alex"),
                new RemoveMailContactStep(contactId, "Alex Wilber (forwarding)", A("adam@pop3.acme.test")),
            ],
            reversal.Steps);
        Assert.Equal(OffboardingPlanStatus.Completed, undone.Status);
        Assert.False(_world.Tenant.Contacts.ContainsKey(contactId));
        Assert.Null(_world.Tenant.Users["alex"].Forwarding);
        Assert.Equal(original, _world.Tenant.Snapshot());
    }

    [Fact]
    public async Task A_contact_that_existed_before_is_not_deleted_by_the_reversal()
    {
        var done = await RunAsync(AlexToMegan with { MoveAddressesToColleague = false, Forwarding = ForwardingChoice.ExternalAddress, ExternalForwardingAddress = "desk@fabrikam.test" });

        var reversal = OffboardingReversalBuilder.Build(done);

        Assert.DoesNotContain(reversal.Steps, s => s is RemoveMailContactStep);
        Assert.Contains(SetForwardingStep.Clear("alex"), reversal.Steps);
    }

    [Fact]
    public async Task A_stopped_offboarding_undoes_only_the_steps_that_started()
    {
        var plan = await _world.PlanAsync(AlexToMegan with { HideFromAddressBook = true });
        var moveIndex = plan.Steps.ToList().FindIndex(s => s is MoveAddressStep);
        _world.Tenant.FaultAt(moveIndex + 1 + 1, TenantFault.ConflictBefore);   // the first move's add (its remove is one write earlier)
        var stopped = await _world.Runner().RunAsync(OffboardingPlanState.Start(plan), new RecordingSink());
        Assert.Equal(moveIndex, stopped.FailedStepIndex);

        var reversal = OffboardingReversalBuilder.Build(stopped);

        Assert.Equal(
            [
                "Move alexw@example.com from Megan Bowen to Alex Wilber",
                "Make alexw@example.com Alex Wilber's primary address (instead of alexw@examplecorp.onmicrosoft.com)",
                "Change Alex Wilber's sign-in name from alexw@examplecorp.onmicrosoft.com to alexw@example.com",
                "Let Alex Wilber sign in again",
            ],
            OffboardingPreviewBuilder.Build(reversal).Steps);
        Assert.Contains($"The offboarding did not complete: only the {moveIndex + 1} of its {plan.Steps.Count} steps that started are undone.", reversal.Notes);
    }

    [Fact]
    public async Task A_reversal_is_not_undone_by_another()
    {
        var done = await RunAsync(AlexToMegan);
        var reversal = OffboardingPlanState.Start(OffboardingReversalBuilder.Build(done));

        Assert.Throws<ArgumentException>(() => OffboardingReversalBuilder.Build(reversal));
    }

    private async Task<OffboardingPlanState> RunAsync(OffboardingOptions options)
    {
        var state = await _world.Runner().RunAsync(OffboardingPlanState.Start(await _world.PlanAsync(options)), new RecordingSink());
        Assert.Equal(OffboardingPlanStatus.Completed, state.Status);
        return state;
    }
}
