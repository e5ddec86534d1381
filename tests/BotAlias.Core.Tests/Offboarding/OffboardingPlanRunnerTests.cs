using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;
using static BotAlias.Core.Tests.Offboarding.OffboardingWorld;

namespace BotAlias.Core.Tests.Offboarding;

public sealed class OffboardingPlanRunnerTests
{
    private readonly OffboardingWorld _world = new();

    [Fact]
    public async Task A_default_offboarding_leaves_megan_with_alex_s_mail_and_alex_signed_out()
    {
        var state = await RunAsync(AlexToMegan with { ColleagueAccess = MailboxAccess.FullAccess });

        Assert.Equal(OffboardingPlanStatus.Completed, state.Status);
        var alex = _world.Tenant.Users["alex"];
        var megan = _world.Tenant.Users["megan"];
        Assert.False(alex.AccountEnabled);
        Assert.Equal(1, _world.Tenant.SessionRevocations);
        Assert.Equal(A("alexw@examplecorp.onmicrosoft.com"), alex.Primary);
        Assert.Equal("alexw@examplecorp.onmicrosoft.com", alex.UserPrincipalName);
        Assert.Equal([A("alex@retired.example.net")], alex.Secondaries);
        Assert.Equal(["megan.bowen@example.com", "alexw@example.com", "alex.wilber@example.com", "alexw@contoso-old.com"], megan.Secondaries.Select(a => a.Value));
        Assert.Equal([AlexDn], megan.X500);
        Assert.Equal(MailboxAccess.FullAccess, alex.Delegates["megan"]);
        Assert.All(state.Results, r => Assert.Equal(1, r.Attempts));
    }

    [Fact]
    public async Task The_state_is_saved_before_and_after_every_step()
    {
        var plan = await _world.PlanAsync(AlexToMegan);
        var sink = new RecordingSink();

        await _world.Runner().RunAsync(OffboardingPlanState.Start(plan), sink);

        var expected = Enumerable.Range(0, plan.Steps.Count)
            .SelectMany(i => new[] { (i, OffboardingStepStatus.Running), (i, OffboardingStepStatus.Succeeded) });
        Assert.Equal(expected, sink.Saves);
        Assert.Equal(OffboardingPlanStatus.Completed, sink.LastSaved.Status);
    }

    [Fact]
    public async Task Running_a_completed_plan_again_writes_nothing()
    {
        var state = await RunAsync(AlexToMegan);
        var writes = _world.Tenant.Writes;
        var sink = new RecordingSink();

        var again = await _world.Runner().RunAsync(state, sink);

        Assert.Equal(writes, _world.Tenant.Writes);
        Assert.Empty(sink.Saves);
        Assert.Equal(OffboardingPlanStatus.Completed, again.Status);
    }

    [Fact]
    public async Task An_unavailable_directory_stops_the_plan_as_transient_and_a_retry_resumes_at_that_step()
    {
        var plan = await _world.PlanAsync(AlexToMegan);
        _world.Tenant.FaultAt(3, TenantFault.UnavailableBefore);

        var stopped = await _world.Runner().RunAsync(OffboardingPlanState.Start(plan), new RecordingSink());

        Assert.Equal(OffboardingPlanStatus.Stopped, stopped.Status);
        Assert.Equal(2, stopped.FailedStepIndex);
        var failed = stopped.Results[2];
        Assert.True(failed.IsTransient);
        Assert.Equal("The directory did not answer in time (Injected: write 3 timed out.). Retry later.", failed.FailureReason);
        Assert.All(stopped.Results.Skip(3), r => Assert.Equal(OffboardingStepStatus.Pending, r.Status));

        var writesBefore = _world.Tenant.Writes;
        var retried = await _world.Runner().RunAsync(stopped, new RecordingSink());

        Assert.Equal(OffboardingPlanStatus.Completed, retried.Status);
        Assert.Equal(2, retried.Results[2].Attempts);
        Assert.Equal(1, retried.Results[0].Attempts);
        Assert.Equal(plan.Steps.Count - 2 + 3, _world.Tenant.Writes - writesBefore);   // three moves write twice each
    }

    [Fact]
    public async Task A_refusal_stops_with_the_directory_s_message_and_is_not_transient()
    {
        var plan = await _world.PlanAsync(AlexToMegan);
        var upnStep = plan.Steps.ToList().FindIndex(s => s is SetUserPrincipalNameStep);
        _world.Tenant.Users["boss"].UserPrincipalName = "alexw@examplecorp.onmicrosoft.com";

        var stopped = await _world.Runner().RunAsync(OffboardingPlanState.Start(plan), new RecordingSink());

        Assert.Equal(upnStep, stopped.FailedStepIndex);
        Assert.False(stopped.Results[upnStep].IsTransient);
        Assert.Equal("Another user signs in as alexw@examplecorp.onmicrosoft.com.", stopped.Results[upnStep].FailureReason);
    }

    [Fact]
    public async Task A_missing_permission_is_named_in_the_reason()
    {
        var plan = await _world.PlanAsync(AlexToMegan);
        var runner = new OffboardingPlanRunner(_world.Tenant, _world.Tenant, _world.Tenant, _world.Tenant, _world.Tenant,
            new DenyingAccounts(_world.Tenant), TimeProvider.System);

        var stopped = await runner.RunAsync(OffboardingPlanState.Start(plan), new RecordingSink());

        Assert.Equal(0, stopped.FailedStepIndex);
        Assert.Equal("Insufficient privileges to complete the operation. The app needs the permission User.EnableDisableAccount.All.", stopped.Results[0].FailureReason);
    }

    [Fact]
    public async Task An_address_the_colleague_cannot_take_is_put_back_on_the_leaver()
    {
        var plan = await _world.PlanAsync(AlexToMegan);
        _world.Tenant.AddressCaps["megan"] = 3;

        var stopped = await _world.Runner().RunAsync(OffboardingPlanState.Start(plan), new RecordingSink());

        var failed = stopped.Results[stopped.FailedStepIndex!.Value];
        Assert.Equal(new MoveAddressStep(A("alex.wilber@example.com"), "alex", "megan"), plan.Steps[stopped.FailedStepIndex.Value]);
        Assert.Equal("Megan Bowen has too many addresses.", failed.FailureReason);
        Assert.Equal("alex.wilber@example.com is back with Alex Wilber, so mail to it keeps arriving.", failed.Compensation);
        Assert.False(failed.AddressMayBeUnheld);
        Assert.Equal("alex", Assert.Single(_world.Tenant.HoldersOf(A("alex.wilber@example.com"))).Id);
        OffboardingCombinationTests.AssertEachAddressHeldOnce(_world);
    }

    [Fact]
    public async Task When_even_putting_back_fails_the_result_says_the_address_may_have_no_holder_and_a_retry_repairs_it()
    {
        var plan = await _world.PlanAsync(AlexToMegan);
        var move = plan.Steps.ToList().FindIndex(s => s is MoveAddressStep);
        _world.Tenant.FailAllFrom = move + 2;   // the first move's add, and everything after it

        var stopped = await _world.Runner().RunAsync(OffboardingPlanState.Start(plan), new RecordingSink());

        var failed = stopped.Results[move];
        Assert.True(failed.AddressMayBeUnheld);
        Assert.EndsWith("alexw@example.com may now have no holder, so mail to it bounces: retry this step as soon as possible.", failed.Compensation, StringComparison.Ordinal);
        Assert.Empty(_world.Tenant.HoldersOf(A("alexw@example.com")));

        _world.Tenant.ClearFaults();
        var retried = await _world.Runner().RunAsync(stopped, new RecordingSink());

        Assert.Equal(OffboardingPlanStatus.Completed, retried.Status);
        OffboardingCombinationTests.AssertEachAddressHeldOnce(_world);
    }

    [Fact]
    public async Task Forwarding_uses_the_contact_the_plan_created()
    {
        var state = await RunAsync(AlexToMegan with { MoveAddressesToColleague = false, Forwarding = ForwardingChoice.ExternalAddress, ExternalForwardingAddress = "alex@home.test" });

        var contact = Assert.Single(_world.Tenant.Contacts.Values, c => c.External == A("alex@home.test"));
        Assert.Equal(contact.Id, state.Results[2].CreatedContactId);
        Assert.Equal(contact.Id, _world.Tenant.Users["alex"].Forwarding!.RecipientId);
        Assert.True(_world.Tenant.Users["alex"].Forwarding!.DeliverToMailboxAndForward);
    }

    [Fact]
    public async Task A_directory_that_reads_back_something_else_fails_the_step()
    {
        var plan = await _world.PlanAsync(new OffboardingOptions { LeaverId = "alex", MoveAddressesToColleague = false, DisableSignIn = false, HideFromAddressBook = true });
        var runner = new OffboardingPlanRunner(_world.Tenant, _world.Tenant, new IgnoringMailboxes(_world.Tenant), _world.Tenant, _world.Tenant, _world.Tenant, TimeProvider.System);

        var stopped = await runner.RunAsync(OffboardingPlanState.Start(plan), new RecordingSink());

        Assert.Equal("The directory accepted \"Hide Alex Wilber from the address book\" but reads back otherwise: hidden is False.", stopped.Results[0].FailureReason);
    }

    private async Task<OffboardingPlanState> RunAsync(OffboardingOptions options) =>
        await _world.Runner().RunAsync(OffboardingPlanState.Start(await _world.PlanAsync(options)), new RecordingSink());

    /// <summary>Graph without User.EnableDisableAccount.All: every account write is refused, as a 403 is.</summary>
    private sealed class DenyingAccounts(FakeTenant tenant) : IAccountAdministration
    {
        public Task<DirectoryUser> SetAccountEnabledAsync(string userId, bool enabled, CancellationToken cancellationToken = default) =>
            throw new DirectoryAccessDeniedException("Insufficient privileges to complete the operation.", "User.EnableDisableAccount.All");

        public Task RevokeSignInSessionsAsync(string userId, CancellationToken cancellationToken = default) => tenant.RevokeSignInSessionsAsync(userId, cancellationToken);

        public Task<DirectoryUser> SetUserPrincipalNameAsync(string userId, string userPrincipalName, CancellationToken cancellationToken = default) =>
            tenant.SetUserPrincipalNameAsync(userId, userPrincipalName, cancellationToken);

        public Task<IReadOnlyList<LicenseAssignment>> GetLicensesAsync(string userId, CancellationToken cancellationToken = default) =>
            tenant.GetLicensesAsync(userId, cancellationToken);

        public Task<IReadOnlyList<LicenseAssignment>> ChangeLicensesAsync(string userId, IReadOnlyCollection<Guid> add, IReadOnlyCollection<Guid> remove, CancellationToken cancellationToken = default) =>
            tenant.ChangeLicensesAsync(userId, add, remove, cancellationToken);
    }

    /// <summary>An Exchange that answers success to hiding but does not hide: what read-back exists to catch.</summary>
    private sealed class IgnoringMailboxes(FakeTenant tenant) : IMailboxAdministration
    {
        public Task<MailboxDetails?> GetMailboxAsync(string userId, CancellationToken cancellationToken = default) => tenant.GetMailboxAsync(userId, cancellationToken);

        public async Task<MailboxDetails> SetHiddenFromAddressListsAsync(string userId, bool hidden, CancellationToken cancellationToken = default) =>
            (await tenant.GetMailboxAsync(userId, cancellationToken))!;

        public Task<MailboxDetails> SetMailboxTypeAsync(string userId, MailboxType type, CancellationToken cancellationToken = default) => tenant.SetMailboxTypeAsync(userId, type, cancellationToken);

        public Task<MailboxDetails> SetForwardingAsync(string userId, MailForwarding? forwarding, CancellationToken cancellationToken = default) => tenant.SetForwardingAsync(userId, forwarding, cancellationToken);

        public Task<Recipient> SetPrimaryAddressAsync(string recipientId, Core.Addresses.EmailAddress address, CancellationToken cancellationToken = default) => tenant.SetPrimaryAddressAsync(recipientId, address, cancellationToken);

        public Task<MailboxDetails> AddX500AddressAsync(string userId, string x500, CancellationToken cancellationToken = default) => tenant.AddX500AddressAsync(userId, x500, cancellationToken);

        public Task<MailboxDetails> RemoveX500AddressAsync(string userId, string x500, CancellationToken cancellationToken = default) => tenant.RemoveX500AddressAsync(userId, x500, cancellationToken);

        public Task<MailboxDetails> GrantAccessAsync(string mailboxUserId, string trusteeUserId, MailboxAccess access, CancellationToken cancellationToken = default) =>
            tenant.GrantAccessAsync(mailboxUserId, trusteeUserId, access, cancellationToken);

        public Task<MailboxDetails> RevokeAccessAsync(string mailboxUserId, string trusteeUserId, MailboxAccess access, CancellationToken cancellationToken = default) =>
            tenant.RevokeAccessAsync(mailboxUserId, trusteeUserId, access, cancellationToken);
    }
}
