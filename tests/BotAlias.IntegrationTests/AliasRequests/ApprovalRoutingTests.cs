using System.Net;
using System.Text;
using BotAlias.BotFramework.State;
using BotAlias.Core.Requests;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.AliasRequests;

public sealed class ApprovalRoutingTests : IDisposable
{
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
    private readonly AliasFlow _flow;

    public ApprovalRoutingTests() => _flow = new AliasFlow(_bot);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_manager_the_bot_cannot_reach_hands_the_request_to_the_approvers_group_and_the_requester_is_told()
    {
        (await _bot.PostActivityAsync(Activities.MessageFrom(Person.Patti, "hi"))).Dispose();
        await _bot.Connector.WaitForCallsAsync(1);
        // Teams refuses to open a chat with someone who has not installed the app (Megan, twice: as manager, then in the group).
        for (var i = 0; i < 2; i++)
        {
            _bot.Connector.EnqueueResponse(Forbidden());
        }

        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");

        var told = await _bot.Connector.WaitForCallAsync(c => c.Text?.Contains("went to the Mail Approvers group", StringComparison.Ordinal) == true, "the rerouting notice");
        Assert.Contains(Uri.EscapeDataString(Person.Alex.ConversationId), told.Url.AbsolutePath, StringComparison.Ordinal);
        await _bot.Connector.WaitForCallAsync(
            c => c.Url.AbsolutePath.Contains(Uri.EscapeDataString(Person.Patti.ConversationId), StringComparison.Ordinal) && c.CardText.Contains("Approve an email alias?", StringComparison.Ordinal),
            "the approval card to Patti");
        var request = await _flow.SingleRequestAsync(Person.Alex);
        Assert.Equal(ApproverKind.ApproversGroup, request.Approver.Kind);

        var decided = await _flow.DecideAsync(Person.Patti, "alias/approve", request.Id);

        Assert.Contains("Approved by Patti Fernandez", AliasFlow.Text(decided), StringComparison.Ordinal);
        await _flow.WaitForStateAsync(request.Id, RequestState.Completed);
    }

    [Fact]
    public async Task When_no_approver_can_be_reached_the_requester_is_told_rather_than_left_waiting()
    {
        for (var i = 0; i < 3; i++)
        {
            _bot.Connector.EnqueueResponse(Forbidden());
        }

        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");

        await _bot.Connector.WaitForCallAsync(c => c.Text?.Contains("No approver for request", StringComparison.Ordinal) == true, "the no-approver notice");
        Assert.Equal(RequestState.PendingApproval, (await _flow.SingleRequestAsync(Person.Alex)).State);
    }

    [Fact]
    public async Task Someone_without_a_manager_goes_to_the_approvers_group_and_cannot_approve_as_its_member()
    {
        await _flow.SubmitAsync(Person.Patti, "patti.f@example.com");
        var request = await _flow.SingleRequestAsync(Person.Patti);

        var self = await _flow.DecideAsync(Person.Patti, "alias/approve", request.Id);
        var other = await _flow.DecideAsync(Person.Megan, "alias/approve", request.Id, activityId: "decide-2");

        Assert.Equal(ApproverKind.ApproversGroup, request.Approver.Kind);
        Assert.Contains("decide your own request", AliasFlow.Text(self), StringComparison.Ordinal);
        Assert.Contains("Approved by Megan Bowen", AliasFlow.Text(other), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_may_ask_for_a_shared_mailbox_and_a_non_admin_may_not()
    {
        var byAdmin = await _flow.SubmitAsync(Person.Patti, "orders@example.com", reason: "RoleAddress", target: "sales@example.com");
        var byStaff = await _flow.SubmitAsync(Person.Alex, "orders2@example.com", reason: "RoleAddress", target: "sales@example.com", activityId: "submit-2");

        Assert.Contains("Waiting for approval", AliasFlow.Text(byAdmin), StringComparison.Ordinal);
        Assert.Contains("Only an admin", AliasFlow.Text(byStaff), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_chat_that_cannot_take_its_first_message_counts_as_unreachable_and_is_not_remembered()
    {
        (await _bot.PostActivityAsync(Activities.MessageFrom(Person.Patti, "hi"))).Dispose();
        await _bot.Connector.WaitForCallsAsync(1);
        foreach (var conversation in new[] { "new-chat-1", "new-chat-2" })
        {
            _bot.Connector.EnqueueResponse(Json(HttpStatusCode.Created, $"{{\"id\":\"{conversation}\"}}"));
            _bot.Connector.EnqueueResponse(Json(HttpStatusCode.InternalServerError, "{\"error\":{\"code\":\"UserNotFound\",\"message\":\"User not found\"}}"));
        }

        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");

        await _bot.Connector.WaitForCallAsync(c => c.Text?.Contains("went to the Mail Approvers group", StringComparison.Ordinal) == true, "the rerouting notice");
        var references = _bot.Services.GetRequiredService<IConversationReferenceStore>();
        Assert.Null(await references.FindPersonalAsync(Activities.TenantId, Person.Megan.AadObjectId));
        Assert.Null(await references.FindByConversationAsync("new-chat-1"));
    }

    [Fact]
    public async Task When_the_card_cannot_be_delivered_after_the_last_try_the_requester_is_told()
    {
        using var bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100").With("Outbox:MaxAttempts", "1");
        (await bot.PostActivityAsync(Activities.MessageFrom(Person.Megan, "hi"))).Dispose();
        await bot.Connector.WaitForCallsAsync(1);
        bot.Connector.EnqueueResponse(Json(HttpStatusCode.InternalServerError, "{\"error\":{\"code\":\"ServiceError\",\"message\":\"try later\"}}"));

        await new AliasFlow(bot).SubmitAsync(Person.Alex, "alex.w@example.com");

        var notice = await bot.Connector.WaitForCallAsync(c => c.Text?.Contains("could not deliver request", StringComparison.Ordinal) == true, "the give-up notice");
        Assert.Contains(Uri.EscapeDataString(Person.Alex.ConversationId), notice.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(RequestState.PendingApproval, (await new AliasFlow(bot).SingleRequestAsync(Person.Alex)).State);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Forbidden() =>
        new(HttpStatusCode.Forbidden)
        {
            Content = new StringContent("{\"error\":{\"code\":\"BotNotInConversationRoster\",\"message\":\"The bot is not part of the conversation roster.\"}}", Encoding.UTF8, "application/json"),
        };
}
