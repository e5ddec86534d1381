using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.AliasRequests;

/// <summary>
/// Alex asks, Megan (his manager) does not decide: after a business day she is reminded, after another her own
/// manager Patti gets the card too. The clock is the test's; the outbox polls every 100 ms of real time.
/// </summary>
public sealed class ApprovalReminderTests : IDisposable
{
    /// <summary>Monday 3 March 2025, 10:00 UTC.</summary>
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Long enough for several polls of the outbox, to show that nothing came.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(800);

    private readonly List<BotAliasFactory> _bots = [];

    public void Dispose()
    {
        foreach (var bot in _bots)
        {
            bot.Dispose();
        }
    }

    [Fact]
    public async Task Megan_is_reminded_once_the_request_waited_a_business_day_and_not_before()
    {
        var (bot, clock, flow) = Start(Monday);
        var request = await SubmitAndWaitForMegansCardAsync(bot, flow, Person.Alex);

        clock.Advance(TimeSpan.FromHours(23));
        await Task.Delay(Quiet);
        Assert.DoesNotContain(bot.Connector.Calls, IsReminder);

        clock.Advance(TimeSpan.FromHours(1));
        var reminder = await bot.Connector.WaitForCallAsync(c => IsReminder(c) && IsIn(c, Person.Megan), "the reminder to Megan");

        Assert.Contains(request.Id, reminder.Text, StringComparison.Ordinal);
        Assert.Contains("alex.w@example.com", reminder.Text, StringComparison.Ordinal);
        Assert.Contains("since Monday 3 March 10:00 UTC", reminder.Text, StringComparison.Ordinal);
        var reminded = await WaitForAuditAsync(flow, request.Id, "approval.reminded");
        Assert.Equal("botalias", reminded.ActorId);
        Assert.Equal(Monday.AddDays(1), reminded.At);
        Assert.DoesNotContain(bot.Connector.Calls, c => IsIn(c, Person.Patti) && (IsApprovalCard(c) || IsEscalation(c)));
        Assert.Equal(RequestState.PendingApproval, (await flow.FindAsync(request.Id))!.State);
    }

    [Fact]
    public async Task A_request_made_on_Friday_afternoon_is_reminded_on_Monday_afternoon_in_the_configured_time_zone()
    {
        // Friday 7 March 2025, 16:00 in London (GMT, so also 16:00 UTC).
        var friday = new DateTimeOffset(2025, 3, 7, 16, 0, 0, TimeSpan.Zero);
        var (bot, clock, flow) = Start(friday, ("Approval:TimeZone", "Europe/London"));
        await SubmitAndWaitForMegansCardAsync(bot, flow, Person.Alex);

        clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1)); // Monday 15:59
        await Task.Delay(Quiet);
        Assert.DoesNotContain(bot.Connector.Calls, IsReminder);

        clock.Advance(TimeSpan.FromMinutes(1));
        var reminder = await bot.Connector.WaitForCallAsync(c => IsReminder(c) && IsIn(c, Person.Megan), "the reminder to Megan on Monday");
        Assert.Contains("since Friday 7 March 16:00 Europe/London", reminder.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_second_business_day_Megan_s_manager_Patti_gets_the_card_and_may_approve()
    {
        var (bot, clock, flow) = Start(Monday);
        var request = await SubmitAndWaitForMegansCardAsync(bot, flow, Person.Alex);
        clock.Advance(TimeSpan.FromDays(1));
        await bot.Connector.WaitForCallAsync(IsReminder, "the reminder");

        var tooEarly = await flow.DecideAsync(Person.Patti, "alias/approve", request.Id, activityId: "patti-early");
        Assert.Contains("Only the approver", AliasFlow.Text(tooEarly), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromDays(1));
        var card = await bot.Connector.WaitForCallAsync(c => IsIn(c, Person.Patti) && IsApprovalCard(c), "the approval card to Patti");
        Assert.Contains("Escalated", card.CardText, StringComparison.Ordinal);
        Assert.Contains(request.Id, card.CardText, StringComparison.Ordinal);
        var escalation = await WaitForAuditAsync(flow, request.Id, "approval.escalated");
        Assert.Equal(("Megan Bowen", "Patti Fernandez"), (escalation.Before, escalation.After));
        await bot.Connector.WaitForCallAsync(c => IsIn(c, Person.Alex) && c.Text?.Contains("Patti Fernandez can now decide it too", StringComparison.Ordinal) == true, "the news to Alex");
        var stored = (await flow.FindAsync(request.Id))!;
        Assert.Equal(new ApproverRoute(ApproverKind.Manager, Person.Patti.AadObjectId, "Patti Fernandez"), stored.EscalatedTo);
        Assert.Equal(Person.Megan.AadObjectId, stored.Approver.Id);

        var decided = await flow.DecideAsync(Person.Patti, "alias/approve", request.Id, activityId: "patti-approves");

        Assert.Contains("Approved by Patti Fernandez", AliasFlow.Text(decided), StringComparison.Ordinal);
        await flow.WaitForStateAsync(request.Id, RequestState.Completed);
    }

    [Fact]
    public async Task Megan_can_still_decide_after_the_escalation_and_then_Patti_decides_nothing()
    {
        var (bot, clock, flow) = Start(Monday);
        var request = await SubmitAndWaitForMegansCardAsync(bot, flow, Person.Alex);
        clock.Advance(TimeSpan.FromDays(1));
        await bot.Connector.WaitForCallAsync(IsReminder, "the reminder");
        clock.Advance(TimeSpan.FromDays(1));
        var pattisCard = await bot.Connector.WaitForCallAsync(c => IsIn(c, Person.Patti) && IsApprovalCard(c), "the approval card to Patti");
        await WaitForAuditAsync(flow, request.Id, "approval.escalated");

        var byMegan = await flow.DecideAsync(Person.Megan, "alias/reject", request.Id, comment: "not needed", activityId: "megan-rejects");
        var byPatti = await flow.DecideAsync(Person.Patti, "alias/approve", request.Id, activityId: "patti-late");

        Assert.Contains("Rejected by Megan Bowen", AliasFlow.Text(byMegan), StringComparison.Ordinal);
        Assert.Contains("Rejected by Megan Bowen", AliasFlow.Text(byPatti), StringComparison.Ordinal);
        Assert.Equal(RequestState.Rejected, (await flow.FindAsync(request.Id))!.State);
        Assert.Single(await flow.AuditAsync(request.Id), a => a.Action is "request.approved" or "request.rejected");
        await bot.Connector.WaitForCallAsync(
            c => c.Method == HttpMethod.Put && c.Url.AbsolutePath.EndsWith("/activities/" + pattisCard.AnsweredId, StringComparison.Ordinal) && c.CardText.Contains("Rejected by Megan Bowen", StringComparison.Ordinal),
            "Patti's card showing Megan's decision");
    }

    [Fact]
    public async Task Nothing_is_reminded_or_escalated_once_the_request_is_decided()
    {
        var (bot, clock, flow) = Start(Monday);
        var request = await SubmitAndWaitForMegansCardAsync(bot, flow, Person.Alex);
        await WaitForOutboxAsync(bot, pending: 1); // the reminder, scheduled for Tuesday

        await flow.DecideAsync(Person.Megan, "alias/approve", request.Id);
        await flow.WaitForStateAsync(request.Id, RequestState.Completed);
        clock.Advance(TimeSpan.FromDays(7));
        await WaitForOutboxAsync(bot, pending: 0);
        await Task.Delay(Quiet);

        Assert.DoesNotContain(bot.Connector.Calls, c => IsReminder(c) || IsEscalation(c));
        Assert.DoesNotContain(bot.Connector.Calls, c => IsIn(c, Person.Patti) && (IsApprovalCard(c) || IsEscalation(c)));
        Assert.DoesNotContain(await flow.AuditAsync(request.Id), a => a.Action.StartsWith("approval.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_requester_is_never_escalated_to_even_as_a_member_of_the_approvers_group()
    {
        // Megan asks; her manager Patti has no manager, so it escalates to Mail Approvers: Megan and Patti.
        var (bot, clock, flow) = Start(Monday);
        (await bot.PostActivityAsync(Activities.MessageFrom(Person.Patti, "hi"))).Dispose();
        await bot.Connector.WaitForCallsAsync(1);
        await flow.SubmitAsync(Person.Megan, "megan.b@example.com");
        var request = await flow.SingleRequestAsync(Person.Megan);
        await bot.Connector.WaitForCallAsync(c => IsIn(c, Person.Patti) && IsApprovalCard(c), "the approval card to Patti");

        clock.Advance(TimeSpan.FromDays(1));
        await WaitForAuditAsync(flow, request.Id, "approval.reminded");
        clock.Advance(TimeSpan.FromDays(1));
        await WaitForAuditAsync(flow, request.Id, "approval.escalated");
        var self = await flow.DecideAsync(Person.Megan, "alias/approve", request.Id, activityId: "megan-self");

        Assert.Equal(ApproverKind.ApproversGroup, (await flow.FindAsync(request.Id))!.EscalatedTo?.Kind);
        Assert.Contains("decide your own request", AliasFlow.Text(self), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Connector.Calls, c => IsIn(c, Person.Megan) && IsApprovalCard(c));
        Assert.DoesNotContain(bot.Connector.Calls, c => IsIn(c, Person.Megan) && (IsReminder(c) || IsEscalation(c)));
        Assert.Equal(RequestState.PendingApproval, (await flow.FindAsync(request.Id))!.State);
    }

    private (BotAliasFactory Bot, ManualClock Clock, AliasFlow Flow) Start(DateTimeOffset now, params (string Key, string Value)[] settings)
    {
        var clock = new ManualClock(now);
        var bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100").WithServices(s => s.AddSingleton<TimeProvider>(clock));
        foreach (var (key, value) in settings)
        {
            bot.With(key, value);
        }

        _bots.Add(bot);
        return (bot, clock, new AliasFlow(bot));
    }

    /// <summary>Megan and Patti have talked to the bot, so their 1:1 chats are known; then Alex asks.</summary>
    private static async Task<AliasRequest> SubmitAndWaitForMegansCardAsync(BotAliasFactory bot, AliasFlow flow, Person requester)
    {
        (await bot.PostActivityAsync(Activities.MessageFrom(Person.Megan, "hi"))).Dispose();
        (await bot.PostActivityAsync(Activities.MessageFrom(Person.Patti, "hi"))).Dispose();
        await bot.Connector.WaitForCallsAsync(2);
        await flow.SubmitAsync(requester, "alex.w@example.com");
        await bot.Connector.WaitForCallAsync(c => IsIn(c, Person.Megan) && IsApprovalCard(c), "the approval card to Megan");
        return await flow.SingleRequestAsync(requester);
    }

    private static bool IsApprovalCard(ConnectorCall call) => call.CardText.Contains("Approve an email alias?", StringComparison.Ordinal);

    private static bool IsEscalation(ConnectorCall call) => call.Text?.StartsWith("Escalation:", StringComparison.Ordinal) == true;

    private static bool IsReminder(ConnectorCall call) => call.Text?.StartsWith("Reminder:", StringComparison.Ordinal) == true;

    private static bool IsIn(ConnectorCall call, Person person) =>
        call.Url.AbsolutePath.Contains(Uri.EscapeDataString(person.ConversationId), StringComparison.Ordinal);

    private static async Task<Core.Audit.AuditEntry> WaitForAuditAsync(AliasFlow flow, string requestId, string action)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            if ((await flow.AuditAsync(requestId)).FirstOrDefault(a => a.Action == action) is { } entry)
            {
                return entry;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The audit log of {requestId} never got {action}.");
            await Task.Delay(50);
        }
    }

    private static async Task WaitForOutboxAsync(BotAliasFactory bot, int pending)
    {
        var outbox = bot.Services.GetRequiredService<IOutbox>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await outbox.CountPendingAsync() != pending)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The outbox never had {pending} messages waiting.");
            await Task.Delay(50);
        }
    }
}
