using BotAlias.Core.Addresses;
using BotAlias.Core.Requests;

namespace BotAlias.Core.Tests.Requests;

public sealed class RequestStateMachineTests
{
    private static readonly (RequestState From, RequestTrigger Trigger, RequestState To)[] Legal =
    [
        (RequestState.PendingApproval, RequestTrigger.Approve, RequestState.Approved),
        (RequestState.PendingApproval, RequestTrigger.Reject, RequestState.Rejected),
        (RequestState.PendingApproval, RequestTrigger.Cancel, RequestState.Cancelled),
        (RequestState.Approved, RequestTrigger.StartProvisioning, RequestState.Provisioning),
        (RequestState.Approved, RequestTrigger.Fail, RequestState.Failed),
        (RequestState.Provisioning, RequestTrigger.StartProvisioning, RequestState.Provisioning),
        (RequestState.Provisioning, RequestTrigger.Complete, RequestState.Completed),
        (RequestState.Provisioning, RequestTrigger.Fail, RequestState.Failed),
    ];

    public static TheoryData<RequestState, RequestTrigger> IllegalTransitions()
    {
        var data = new TheoryData<RequestState, RequestTrigger>();
        foreach (var state in Enum.GetValues<RequestState>())
        {
            foreach (var trigger in Enum.GetValues<RequestTrigger>())
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
    public void Every_illegal_transition_is_refused(RequestState state, RequestTrigger trigger)
    {
        Assert.False(RequestStateMachine.TryFire(state, trigger, out _));
        var error = Assert.Throws<IllegalTransitionException>(() => RequestStateMachine.Fire(state, trigger));
        Assert.Equal(state, error.State);
        Assert.Equal(trigger, error.Trigger);
    }

    [Fact]
    public void The_legal_transitions_lead_where_they_should()
    {
        foreach (var (from, trigger, to) in Legal)
        {
            Assert.Equal(to, RequestStateMachine.Fire(from, trigger));
        }
    }

    [Fact]
    public void A_decided_request_cannot_be_decided_again()
    {
        foreach (var decided in new[] { RequestState.Approved, RequestState.Rejected, RequestState.Cancelled })
        {
            Assert.False(RequestStateMachine.TryFire(decided, RequestTrigger.Approve, out _));
            Assert.False(RequestStateMachine.TryFire(decided, RequestTrigger.Reject, out _));
            Assert.False(RequestStateMachine.TryFire(decided, RequestTrigger.Cancel, out _));
        }
    }

    [Theory]
    [InlineData(RequestState.PendingApproval, true)]
    [InlineData(RequestState.Approved, true)]
    [InlineData(RequestState.Provisioning, true)]
    [InlineData(RequestState.Completed, false)]
    [InlineData(RequestState.Failed, false)]
    [InlineData(RequestState.Rejected, false)]
    [InlineData(RequestState.Cancelled, false)]
    public void Only_open_requests_reserve_their_address(RequestState state, bool open) =>
        Assert.Equal(open, RequestStateMachine.IsOpen(state));

    [Fact]
    public void Firing_on_a_request_bumps_its_version_and_keeps_the_rest()
    {
        var now = DateTimeOffset.Parse("2026-11-21T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var request = new AliasRequest
        {
            Id = "AR-ABC123",
            TenantId = "t",
            RequesterId = "alex",
            RequesterName = "Alex",
            TargetId = "alex",
            TargetName = "Alex",
            Address = EmailAddress.Parse("alex.w@example.com"),
            Reason = AliasReason.DomainChanged,
            Approver = new ApproverRoute(ApproverKind.Manager, "megan", "Megan"),
            CreatedAt = now,
        };

        var approved = request.Fire(RequestTrigger.Approve, now.AddMinutes(5));

        Assert.Equal(RequestState.Approved, approved.State);
        Assert.Equal(2, approved.Version);
        Assert.Equal(now.AddMinutes(5), approved.UpdatedAt);
        Assert.Equal(request.Address, approved.Address);
        Assert.Throws<IllegalTransitionException>(() => approved.Fire(RequestTrigger.Reject, now));
    }

    [Theory]
    [InlineData("AR-7K3F9Q", true)]
    [InlineData("ar-7k3f9q", true)]
    [InlineData("AR-7K3F9", false)]
    [InlineData("AR-7K3F9QQ", false)]
    [InlineData("AR-7K3FIQ", false)]
    [InlineData("XX-7K3F9Q", false)]
    [InlineData("'; drop", false)]
    [InlineData(null, false)]
    public void Request_ids_are_recognised_strictly(string? text, bool valid) => Assert.Equal(valid, RequestId.LooksValid(text));

    [Fact]
    public void New_request_ids_are_well_formed_and_distinct()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => RequestId.NewAliasRequestId()).ToList();
        Assert.All(ids, id => Assert.True(RequestId.LooksValid(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
