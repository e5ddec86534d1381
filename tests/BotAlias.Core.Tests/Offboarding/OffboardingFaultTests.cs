using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using static BotAlias.Core.Tests.Offboarding.OffboardingWorld;

namespace BotAlias.Core.Tests.Offboarding;

/// <summary>
/// A fault at every write of two full plans (one moving the addresses, one forwarding outside): the run ends
/// complete or cleanly stopped with every address held exactly once, and a retry reaches the same end state as a
/// run without faults. A crash at every write resumes from the last saved state and applies nothing twice.
/// </summary>
public sealed class OffboardingFaultTests
{
    private static readonly OffboardingOptions MovingEverything = AlexToMegan with
    {
        ColleagueAccess = MailboxAccess.FullAccess | MailboxAccess.SendAs,
        ConvertToShared = true,
        HideFromAddressBook = true,
        RemoveLicenses = true,
    };

    private static readonly OffboardingOptions ForwardingEverything = MovingEverything with
    {
        MoveAddressesToColleague = false,
        Forwarding = ForwardingChoice.ExternalAddress,
        ExternalForwardingAddress = "alex@home.test",
        SetAutomaticReply = true,
        AutomaticReplyText = "Alex has left.",
    };

    public static TheoryData<string, int, TenantFault> FaultAtEveryWrite() =>
        EveryWrite([TenantFault.UnavailableBefore, TenantFault.UnavailableAfter, TenantFault.ConflictBefore]);

    public static TheoryData<string, int, TenantFault> CrashAtEveryWrite() =>
        EveryWrite([TenantFault.CrashBefore, TenantFault.CrashAfter]);

    [Theory]
    [MemberData(nameof(FaultAtEveryWrite))]
    public async Task A_fault_at_any_write_ends_complete_or_cleanly_stopped_and_a_retry_finishes_the_job(string scenario, int write, TenantFault fault)
    {
        var clean = await CleanRunAsync(scenario);
        var world = new OffboardingWorld();
        var plan = await world.PlanAsync(Options(scenario));
        world.Tenant.FaultAt(write, fault);

        var state = await world.Runner().RunAsync(OffboardingPlanState.Start(plan), new RecordingSink());

        Assert.Contains(state.Status, new[] { OffboardingPlanStatus.Completed, OffboardingPlanStatus.Stopped });
        OffboardingCombinationTests.AssertEachAddressHeldOnce(world);
        if (state.Status == OffboardingPlanStatus.Stopped)
        {
            var failed = state.Results[state.FailedStepIndex!.Value];
            Assert.False(string.IsNullOrWhiteSpace(failed.FailureReason));
            Assert.Equal(fault != TenantFault.ConflictBefore, failed.IsTransient);
            Assert.False(failed.AddressMayBeUnheld);
        }

        world.Tenant.ClearFaults();
        var retried = await world.Runner().RunAsync(state, new RecordingSink());

        Assert.Equal(OffboardingPlanStatus.Completed, retried.Status);
        Assert.Equal(clean.Snapshot, world.Tenant.Snapshot());
    }

    [Theory]
    [MemberData(nameof(CrashAtEveryWrite))]
    public async Task A_restart_after_a_crash_at_any_write_resumes_from_the_saved_state_and_applies_nothing_twice(string scenario, int write, TenantFault crash)
    {
        var clean = await CleanRunAsync(scenario);
        var world = new OffboardingWorld();
        var plan = await world.PlanAsync(Options(scenario));
        var sink = new RecordingSink();
        world.Tenant.FaultAt(write, crash);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => world.Runner().RunAsync(OffboardingPlanState.Start(plan), sink));

        var saved = sink.LastSaved;
        Assert.Equal(OffboardingPlanStatus.InProgress, saved.Status);
        Assert.Equal(OffboardingStepStatus.Running, saved.Results[sink.Saves[^1].Step].Status);

        world.Tenant.ClearFaults();
        var resumed = await world.Runner().RunAsync(saved, new RecordingSink());

        Assert.Equal(OffboardingPlanStatus.Completed, resumed.Status);
        Assert.Equal(clean.Changes, world.Tenant.Changes);
        Assert.Equal(clean.Snapshot, world.Tenant.Snapshot());
        OffboardingCombinationTests.AssertEachAddressHeldOnce(world);
    }

    private static OffboardingOptions Options(string scenario) => scenario == "move" ? MovingEverything : ForwardingEverything;

    private static async Task<(string Snapshot, List<string> Changes, int Writes)> CleanRunAsync(string scenario)
    {
        var world = new OffboardingWorld();
        var plan = await world.PlanAsync(Options(scenario));
        var state = await world.Runner().RunAsync(OffboardingPlanState.Start(plan), new RecordingSink());
        Assert.Equal(OffboardingPlanStatus.Completed, state.Status);
        return (world.Tenant.Snapshot(), world.Tenant.Changes, world.Tenant.Writes);
    }

    private static TheoryData<string, int, TenantFault> EveryWrite(TenantFault[] faults)
    {
        var data = new TheoryData<string, int, TenantFault>();
        foreach (var scenario in new[] { "move", "forward" })
        {
            // The fake answers synchronously, so waiting here blocks nothing.
            var writes = CleanRunAsync(scenario).GetAwaiter().GetResult().Writes;
            for (var write = 1; write <= writes; write++)
            {
                foreach (var fault in faults)
                {
                    data.Add(scenario, write, fault);
                }
            }
        }

        return data;
    }
}
