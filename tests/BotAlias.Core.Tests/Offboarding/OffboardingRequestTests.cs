using System.Text.Json;
using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Requests;
using static BotAlias.Core.Tests.Offboarding.OffboardingWorld;

namespace BotAlias.Core.Tests.Offboarding;

public sealed class OffboardingRequestTests
{
    private static readonly (OffboardingRequestState From, OffboardingRequestTrigger Trigger, OffboardingRequestState To)[] Legal =
    [
        (OffboardingRequestState.PendingApproval, OffboardingRequestTrigger.Approve, OffboardingRequestState.Approved),
        (OffboardingRequestState.PendingApproval, OffboardingRequestTrigger.Reject, OffboardingRequestState.Rejected),
        (OffboardingRequestState.PendingApproval, OffboardingRequestTrigger.Cancel, OffboardingRequestState.Cancelled),
        (OffboardingRequestState.Approved, OffboardingRequestTrigger.Cancel, OffboardingRequestState.Cancelled),
        (OffboardingRequestState.Approved, OffboardingRequestTrigger.Start, OffboardingRequestState.Running),
        (OffboardingRequestState.Running, OffboardingRequestTrigger.Start, OffboardingRequestState.Running),
        (OffboardingRequestState.Running, OffboardingRequestTrigger.Stop, OffboardingRequestState.Stopped),
        (OffboardingRequestState.Running, OffboardingRequestTrigger.Complete, OffboardingRequestState.Completed),
        (OffboardingRequestState.Stopped, OffboardingRequestTrigger.Start, OffboardingRequestState.Running),
        (OffboardingRequestState.Stopped, OffboardingRequestTrigger.Cancel, OffboardingRequestState.Cancelled),
        (OffboardingRequestState.Stopped, OffboardingRequestTrigger.MarkReversed, OffboardingRequestState.Reversed),
        (OffboardingRequestState.Completed, OffboardingRequestTrigger.MarkReversed, OffboardingRequestState.Reversed),
    ];

    public static TheoryData<OffboardingRequestState, OffboardingRequestTrigger> IllegalTransitions()
    {
        var data = new TheoryData<OffboardingRequestState, OffboardingRequestTrigger>();
        foreach (var state in Enum.GetValues<OffboardingRequestState>())
        {
            foreach (var trigger in Enum.GetValues<OffboardingRequestTrigger>())
            {
                if (!Legal.Any(l => l.From == state && l.Trigger == trigger))
                {
                    data.Add(state, trigger);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Every_illegal_transition_is_refused(OffboardingRequestState state, OffboardingRequestTrigger trigger)
    {
        Assert.False(OffboardingRequestStateMachine.TryFire(state, trigger, out _));
        var error = Assert.Throws<IllegalTransitionException>(() => OffboardingRequestStateMachine.Fire(state, trigger));
        Assert.Equal($"An offboarding request that is {state} cannot be {trigger}.", error.Message);
    }

    [Fact]
    public void The_legal_transitions_lead_where_they_should()
    {
        foreach (var (from, trigger, to) in Legal)
        {
            Assert.Equal(to, OffboardingRequestStateMachine.Fire(from, trigger));
        }
    }

    [Fact]
    public void A_stopped_request_still_blocks_the_same_people_and_a_finished_one_does_not()
    {
        Assert.True(OffboardingRequestStateMachine.IsOpen(OffboardingRequestState.Stopped));
        Assert.True(OffboardingRequestStateMachine.IsOpen(OffboardingRequestState.Approved));
        Assert.False(OffboardingRequestStateMachine.IsOpen(OffboardingRequestState.Completed));
        Assert.False(OffboardingRequestStateMachine.IsOpen(OffboardingRequestState.Cancelled));
    }

    [Fact]
    public void Firing_a_trigger_bumps_the_version_and_the_time()
    {
        var request = new OffboardingRequest
        {
            Id = OffboardingRequestId.New(),
            TenantId = "tenant",
            RequesterId = "boss",
            RequesterName = "Diego Siciliani",
            LeaverName = "Alex Wilber",
            Options = AlexToMegan,
            Approver = new ApproverRoute(ApproverKind.ApproversGroup, "approvers", "Approvers"),
            CreatedAt = Now,
        };

        var approved = request.Fire(OffboardingRequestTrigger.Approve, Now.AddMinutes(5));

        Assert.Equal(OffboardingRequestState.Approved, approved.State);
        Assert.Equal(2, approved.Version);
        Assert.Equal(Now.AddMinutes(5), approved.UpdatedAt);
        Assert.True(approved.IsOpen);
    }

    [Fact]
    public void Ids_read_OB_and_six_unambiguous_characters()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => OffboardingRequestId.New()).ToList();

        Assert.All(ids, id => Assert.Matches("^OB-[0-9A-HJKMNP-TV-Z]{6}$", id));
        Assert.All(ids, id => Assert.True(OffboardingRequestId.LooksValid(id)));
        Assert.True(OffboardingRequestId.LooksValid("ob-7k2m9q"));
        Assert.False(OffboardingRequestId.LooksValid("AR-7K2M9Q"));
        Assert.False(OffboardingRequestId.LooksValid("OB-7K2M9I"));
    }

    [Fact]
    public async Task A_plan_state_and_its_reversal_survive_being_stored_as_json()
    {
        var world = new OffboardingWorld();
        var options = AlexToMegan with
        {
            MoveAddressesToColleague = false,
            Forwarding = ForwardingChoice.ExternalAddress,
            ExternalForwardingAddress = "alex@home.test",
            ColleagueAccess = MailboxAccess.FullAccess | MailboxAccess.SendAs,
            ConvertToShared = true,
            RemoveLicenses = true,
        };
        var done = await world.Runner().RunAsync(OffboardingPlanState.Start(await world.PlanAsync(options)), new RecordingSink());
        var reversal = OffboardingPlanState.Start(OffboardingReversalBuilder.Build(done));

        foreach (var state in new[] { done, reversal })
        {
            var json = OffboardingJson.Serialize(state);
            var read = OffboardingJson.DeserializeState(json);

            Assert.Equal(json, OffboardingJson.Serialize(read));
            Assert.Equal(state.Plan.Steps.Select(s => s.GetType()), read.Plan.Steps.Select(s => s.GetType()));
            Assert.Equal(state.Status, read.Status);
        }

        Assert.Contains("\"step\":\"createMailContact\"", OffboardingJson.Serialize(done), StringComparison.Ordinal);
        Assert.Contains("\"access\":\"FullAccess, SendAs\"", OffboardingJson.Serialize(done), StringComparison.Ordinal);
        Assert.Equal(options, OffboardingJson.DeserializeOptions(OffboardingJson.Serialize(options)));
    }

    [Fact]
    public void A_stored_state_with_a_broken_address_is_refused_with_a_clear_error()
    {
        var json = """{"plan":{"kind":"Offboarding","leaver":{"id":"alex","displayName":"Alex"},"steps":[{"step":"moveAddress","address":"not an address","fromRecipientId":"alex","toRecipientId":"megan"}]},"results":[{}]}""";

        var error = Assert.Throws<JsonException>(() => OffboardingJson.DeserializeState(json));
        Assert.Contains("\"not an address\" is not a plain SMTP address.", error.Message, StringComparison.Ordinal);
    }
}
