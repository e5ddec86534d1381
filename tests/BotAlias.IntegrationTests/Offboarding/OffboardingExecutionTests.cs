using BotAlias.Core.Directory;
using BotAlias.Core.Offboarding;
using BotAlias.Directory.DemoTenant;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.Offboarding;

/// <summary>A failing step and Retry, a scheduled run with the test clock, cancelling, and undoing.</summary>
public sealed class OffboardingExecutionTests
{
    [Fact]
    public async Task A_failing_step_stops_with_its_reason_the_address_stays_held_and_retry_finishes()
    {
        using var bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100")
            .WithServices(s => s.AddSingleton<IMailProvisioner>(sp => new FailingAddressProvisioner(sp.GetRequiredService<DemoTenantDirectory>(), Person.Alex.AadObjectId)));
        var flow = new OffboardingFlow(bot);
        var request = await SubmitAndApproveAsync(flow);

        var stopped = await flow.WaitForStateAsync(request.Id, OffboardingRequestState.Stopped);

        Assert.Contains("Exchange did not answer in time", stopped.FailureReason, StringComparison.Ordinal);
        Assert.Equal(Person.Adele.AadObjectId, (await flow.HolderAsync("adelev@example.com"))!.Recipient.Id);
        var card = await bot.Connector.WaitForCallAsync(
            c => c.Method == HttpMethod.Put && c.Url.AbsolutePath.EndsWith("/activities/form-1", StringComparison.Ordinal) && c.CardText.Contains("Retry", StringComparison.Ordinal),
            "the stopped status card with Retry");
        Assert.Contains("❌", card.CardText, StringComparison.Ordinal);
        Assert.Contains("is back with Adele Vance", card.CardText, StringComparison.Ordinal);
        Assert.Contains(await flow.AuditAsync(request.Id), a => a.Action == "offboarding.address_moved.failed");

        var stranger = OffboardingFlow.Text(await flow.ClickAsync(Person.Alex, "offboarding/retry", request.Id, "retry-0"));
        Assert.Contains("can't find an offboarding request of yours", stranger, StringComparison.Ordinal);
        var retried = OffboardingFlow.Text(await flow.ClickAsync(Person.Megan, "offboarding/retry", request.Id, "retry-1"));
        Assert.Contains("In progress", retried, StringComparison.Ordinal);

        var done = await flow.WaitForStateAsync(request.Id, OffboardingRequestState.Completed);
        Assert.Equal(Person.Alex.AadObjectId, (await flow.HolderAsync("adelev@example.com"))!.Recipient.Id);
        Assert.Equal(Person.Alex.AadObjectId, (await flow.HolderAsync("adele.vance@example.com"))!.Recipient.Id);
        // The steps done before the failure are not applied again by the retry.
        Assert.Single(await flow.AuditAsync(request.Id), a => a.Action == done.Plan!.Plan.Steps[0].AuditAction);
    }

    [Fact]
    public async Task A_scheduled_offboarding_waits_for_its_time_and_then_runs_by_itself()
    {
        var clock = new ManualClock(new DateTimeOffset(2030, 3, 2, 8, 0, 0, TimeSpan.Zero));
        using var bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100").WithServices(s => s.AddSingleton<TimeProvider>(clock));
        var flow = new OffboardingFlow(bot);
        var form = OffboardingFlow.AdeleToAlex();
        form["when"] = "later";
        form["runDate"] = "2030-03-05";
        form["runTime"] = "17:30";

        var request = await SubmitAndApproveAsync(flow, form);
        await bot.Connector.WaitForCallAsync(c => c.Text?.Contains("It runs by itself on 5 March 2030, 17:30 UTC", StringComparison.Ordinal) == true, "the scheduled notice");
        await Task.Delay(1000);

        Assert.Equal(OffboardingRequestState.Approved, (await flow.Store.FindAsync(request.Id))!.State);
        Assert.Equal(Person.Adele.AadObjectId, (await flow.HolderAsync("adelev@example.com"))!.Recipient.Id);

        clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(10));
        await flow.WaitForStateAsync(request.Id, OffboardingRequestState.Completed);
        Assert.Equal(Person.Alex.AadObjectId, (await flow.HolderAsync("adelev@example.com"))!.Recipient.Id);
    }

    [Fact]
    public async Task A_scheduled_offboarding_can_be_cancelled_before_it_starts_and_never_runs()
    {
        var clock = new ManualClock(new DateTimeOffset(2030, 3, 2, 8, 0, 0, TimeSpan.Zero));
        using var bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100").WithServices(s => s.AddSingleton<TimeProvider>(clock));
        var flow = new OffboardingFlow(bot);
        var form = OffboardingFlow.AdeleToAlex();
        form["when"] = "later";
        form["runDate"] = "2030-03-05";
        form["runTime"] = "17:30";
        var request = await SubmitAndApproveAsync(flow, form);

        var stranger = OffboardingFlow.Text(await flow.ClickAsync(Person.Alex, "offboarding/cancel", request.Id, "cancel-0"));
        var cancelled = OffboardingFlow.Text(await flow.ClickAsync(Person.Megan, "offboarding/cancel", request.Id, "cancel-1"));

        Assert.Contains("can't find an offboarding request of yours", stranger, StringComparison.Ordinal);
        Assert.Contains("Cancelled by Megan Bowen", cancelled, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromDays(4));
        await Task.Delay(1500);
        Assert.Equal(OffboardingRequestState.Cancelled, (await flow.Store.FindAsync(request.Id))!.State);
        Assert.Equal(Person.Adele.AadObjectId, (await flow.HolderAsync("adelev@example.com"))!.Recipient.Id);
        Assert.True((await flow.UserAsync(Person.Adele))!.AccountEnabled);
    }

    [Fact]
    public async Task A_pending_request_can_be_cancelled_and_the_approver_s_stale_card_shows_it()
    {
        using var bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
        var flow = new OffboardingFlow(bot);
        await flow.SubmitAsync(Person.Megan, OffboardingFlow.AdeleToAlex());
        var request = await flow.SingleRequestAsync(Person.Megan);

        await flow.ClickAsync(Person.Megan, "offboarding/cancel", request.Id, "cancel-1");
        var late = OffboardingFlow.Text(await flow.ClickAsync(Person.Patti, "offboarding/approve", request.Id, "late-1"));

        Assert.Contains("Cancelled by Megan Bowen", late, StringComparison.Ordinal);
        Assert.Equal(OffboardingRequestState.Cancelled, (await flow.Store.FindAsync(request.Id))!.State);
    }

    [Fact]
    public async Task Typing_cancel_with_an_offboarding_id_cancels_it_and_is_not_taken_for_an_alias_request()
    {
        using var bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
        var flow = new OffboardingFlow(bot);
        await flow.SubmitAsync(Person.Megan, OffboardingFlow.AdeleToAlex());
        var request = await flow.SingleRequestAsync(Person.Megan);

        await flow.SayAsync(Person.Alex, "cancel " + request.Id, "msg-alex");
        Assert.Equal(OffboardingRequestState.PendingApproval, (await flow.Store.FindAsync(request.Id))!.State);
        await flow.SayAsync(Person.Megan, "cancel " + request.Id.ToLowerInvariant(), "msg-megan");

        Assert.Equal(OffboardingRequestState.Cancelled, (await flow.Store.FindAsync(request.Id))!.State);
        var said = string.Join("\n", bot.Connector.Calls.Select(c => c.Text + "\n" + c.CardText));
        Assert.Contains("can't find an offboarding request of yours", said, StringComparison.Ordinal);
        Assert.Contains("Cancelled by Megan Bowen", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_undoes_a_completed_offboarding_through_approval_and_everything_is_back()
    {
        using var bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
        var flow = new OffboardingFlow(bot);
        var request = await SubmitAndApproveAsync(flow);
        await flow.WaitForStateAsync(request.Id, OffboardingRequestState.Completed);

        await flow.SayAsync(Person.Megan, $"undo {request.Id}", "undo-0");
        await bot.Connector.WaitForCallAsync(c => c.Text?.Contains("Only an admin can undo", StringComparison.Ordinal) == true, "the refusal to Megan");

        await flow.SayAsync(Person.Patti, $"undo {request.Id.ToLowerInvariant()}", "undo-1");
        var card = await bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Undoing offboarding", StringComparison.Ordinal), "the reversal's status card");
        Assert.Contains("Waiting for approval by Mail Approvers", card.CardText, StringComparison.Ordinal);
        var reversal = Assert.Single(await flow.Store.ListByRequesterAsync(Person.Patti.AadObjectId, 10));
        Assert.Equal(OffboardingRequestKind.Reversal, reversal.Kind);

        var self = OffboardingFlow.Text(await flow.ClickAsync(Person.Patti, "offboarding/approve", reversal.Id, "r-1"));
        Assert.Contains("can't decide your own request", self, StringComparison.Ordinal);
        await flow.ClickAsync(Person.Megan, "offboarding/approve", reversal.Id, "r-2");

        await flow.WaitForStateAsync(reversal.Id, OffboardingRequestState.Completed);
        await flow.WaitForStateAsync(request.Id, OffboardingRequestState.Reversed);
        var adele = (await flow.UserAsync(Person.Adele))!;
        Assert.True(adele.AccountEnabled);
        Assert.Equal("adelev@example.com", adele.Mailbox!.PrimaryAddress.Value);
        Assert.Equal("adelev@example.com", adele.UserPrincipalName);
        Assert.Equal(Person.Adele.AadObjectId, (await flow.HolderAsync("adele.vance@example.com"))!.Recipient.Id);
        Assert.Contains(await flow.AuditAsync(request.Id), a => a.Action == "offboarding.reversed");
    }

    private static async Task<OffboardingRequest> SubmitAndApproveAsync(OffboardingFlow flow, System.Text.Json.Nodes.JsonObject? form = null)
    {
        await flow.SayAsync(Person.Megan, "hi", "hello-1");
        var status = OffboardingFlow.Text(await flow.SubmitAsync(Person.Megan, form ?? OffboardingFlow.AdeleToAlex()));
        Assert.Contains("Waiting for approval by Patti Fernandez", status, StringComparison.Ordinal);
        var request = await flow.SingleRequestAsync(Person.Megan);
        var decided = OffboardingFlow.Text(await flow.ClickAsync(Person.Patti, "offboarding/approve", request.Id, "approve-1"));
        Assert.Contains("Approved by Patti Fernandez", decided, StringComparison.Ordinal);
        return request;
    }
}
