using System.Text.Json.Nodes;
using BotAlias.Core.Requests;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.AliasRequests;

/// <summary>Two people through /api/messages: Alex asks, Megan (his manager) decides, the bot provisions.</summary>
public sealed class AliasRequestFlowTests : IDisposable
{
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
    private readonly AliasFlow _flow;

    public AliasRequestFlowTests() => _flow = new AliasFlow(_bot);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Asking_in_chat_opens_the_form_prefilled_with_the_address()
    {
        (await _bot.PostActivityAsync(Activities.Message("I need an alias for alex.w@example.com"))).Dispose();

        var call = await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Request an email alias", StringComparison.Ordinal), "the form");
        var input = call.Cards[0].GetProperty("body").EnumerateArray().First(e => e.TryGetProperty("id", out var id) && id.GetString() == "address");
        Assert.Equal("alex.w@example.com", input.GetProperty("value").GetString());
        Assert.DoesNotContain("For whom", call.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approved_request_is_provisioned_and_the_requester_hears_at_each_step()
    {
        (await _bot.PostActivityAsync(Activities.MessageFrom(Person.Megan, "hi"))).Dispose();

        var status = await _flow.SubmitAsync(Person.Alex, "Alex.W@Example.com");

        Assert.Contains("Waiting for approval by Megan Bowen", AliasFlow.Text(status), StringComparison.Ordinal);
        var request = await _flow.SingleRequestAsync(Person.Alex);
        Assert.Equal("Alex.W@example.com", request.Address.Value);
        var approvalCard = await _bot.Connector.WaitForCallAsync(
            c => c.Url.AbsolutePath.Contains(Uri.EscapeDataString(Person.Megan.ConversationId), StringComparison.Ordinal) && c.CardText.Contains("Approve an email alias?", StringComparison.Ordinal),
            "the approval card to Megan");
        Assert.Contains("Alex Wilber", approvalCard.CardText, StringComparison.Ordinal);

        var decided = await _flow.DecideAsync(Person.Megan, "alias/approve", request.Id);

        Assert.Contains("Approved by Megan Bowen", AliasFlow.Text(decided), StringComparison.Ordinal);
        await _flow.WaitForStateAsync(request.Id, RequestState.Completed);
        var holder = await _flow.HolderAsync("alex.w@example.com");
        Assert.Equal(Person.Alex.AadObjectId, holder!.Recipient.Id);
        Assert.False(holder.IsPrimary);

        var done = await _bot.Connector.WaitForCallAsync(c => c.Text?.StartsWith("Done:", StringComparison.Ordinal) == true, "the done message");
        Assert.Contains("still goes out from your primary address", done.Text, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(Person.Alex.ConversationId), done.Url.AbsolutePath, StringComparison.Ordinal);
        var cardUpdate = await _bot.Connector.WaitForCallAsync(c => c.Method == HttpMethod.Put && c.Url.AbsolutePath.EndsWith("/activities/form-1", StringComparison.Ordinal) && c.CardText.Contains("Done", StringComparison.Ordinal), "the status card update");
        Assert.Contains(request.Id, cardUpdate.CardText, StringComparison.Ordinal);

        var audit = await _flow.AuditAsync(request.Id);
        Assert.Equal(["request.created", "request.approved", "provisioning.started", "address.added"], audit.Select(a => a.Action));
        var added = audit[^1];
        Assert.DoesNotContain("alex.w@example.com", added.Before!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("smtp:Alex.W@example.com", added.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_approver_s_chat_is_created_when_the_bot_has_never_talked_to_them()
    {
        var status = await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");

        Assert.Contains("Waiting for approval", AliasFlow.Text(status), StringComparison.Ordinal);
        var create = await _bot.Connector.WaitForCallAsync(c => c.Url.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal), "a new conversation with Megan");
        Assert.Equal(Person.Megan.AadObjectId, create.Body!.Value.GetProperty("members")[0].GetProperty("id").GetString());
        await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Approve an email alias?", StringComparison.Ordinal), "the approval card");
    }

    [Fact]
    public async Task Rejection_reaches_the_requester_with_the_comment_and_frees_the_address()
    {
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await _flow.SingleRequestAsync(Person.Alex);

        await _flow.DecideAsync(Person.Megan, "alias/reject", request.Id, comment: "Use the shared sales mailbox");

        var message = await _bot.Connector.WaitForCallAsync(c => c.Text?.Contains("was rejected by Megan Bowen", StringComparison.Ordinal) == true, "the rejection");
        Assert.Contains("Use the shared sales mailbox", message.Text, StringComparison.Ordinal);
        Assert.Null(await _flow.HolderAsync("alex.w@example.com"));
        var again = await _flow.SubmitAsync(Person.Alex, "alex.w@example.com", activityId: "submit-2", formId: "form-2");
        Assert.Contains("Waiting for approval", AliasFlow.Text(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_requester_can_cancel_with_the_button_or_in_chat()
    {
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var first = await _flow.SingleRequestAsync(Person.Alex);

        var cancelled = await _bot.InvokeAsync(Activities.ExecuteBy(Person.Alex, "alias/cancel", new JsonObject { ["requestId"] = first.Id }, replyToId: "form-1", activityId: "cancel-1"));

        Assert.Contains("Cancelled", AliasFlow.Text(cancelled), StringComparison.Ordinal);
        Assert.Equal(RequestState.Cancelled, (await _flow.FindAsync(first.Id))!.State);

        await _flow.SubmitAsync(Person.Alex, "alexw2@example.com", activityId: "submit-2", formId: "form-2");
        var second = (await _bot.Services.GetService<IAliasRequestStore>()!.ListByRequesterAsync(Person.Alex.AadObjectId, 10)).First(r => r.State == RequestState.PendingApproval);
        (await _bot.PostActivityAsync(Activities.Message($"cancel {second.Id.ToLowerInvariant()}", activityId: "msg-cancel"))).Dispose();

        await _flow.WaitForStateAsync(second.Id, RequestState.Cancelled);
    }

    [Fact]
    public async Task Nobody_approves_their_own_request_and_only_the_approver_decides()
    {
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await _flow.SingleRequestAsync(Person.Alex);

        var self = await _flow.DecideAsync(Person.Alex, "alias/approve", request.Id);
        var stranger = await _flow.DecideAsync(Person.Adele, "alias/approve", request.Id, activityId: "decide-2");

        Assert.Contains("can't decide your own request", AliasFlow.Text(self).Replace("\\u0027", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Only the approver of this request can decide it", AliasFlow.Text(stranger), StringComparison.Ordinal);
        Assert.Equal(RequestState.PendingApproval, (await _flow.FindAsync(request.Id))!.State);
    }

    [Fact]
    public async Task A_stale_card_shows_the_decision_already_made()
    {
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await _flow.SingleRequestAsync(Person.Alex);
        await _bot.InvokeAsync(Activities.ExecuteBy(Person.Alex, "alias/cancel", new JsonObject { ["requestId"] = request.Id }, activityId: "cancel-1"));

        var late = await _flow.DecideAsync(Person.Megan, "alias/approve", request.Id);

        Assert.Contains("Cancelled by the requester", AliasFlow.Text(late), StringComparison.Ordinal);
        Assert.Equal(RequestState.Cancelled, (await _flow.FindAsync(request.Id))!.State);
    }

    [Fact]
    public async Task Double_clicks_arriving_at_once_decide_once()
    {
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await _flow.SingleRequestAsync(Person.Alex);

        var clicks = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            i % 2 == 0
                ? _flow.DecideAsync(Person.Megan, "alias/approve", request.Id, activityId: $"click-{i}")
                : _flow.DecideAsync(Person.Megan, "alias/reject", request.Id, activityId: $"click-{i}")));

        var decisions = (await _flow.AuditAsync(request.Id)).Count(a => a.Action is "request.approved" or "request.rejected");
        Assert.Equal(1, decisions);
        var final = (await _flow.FindAsync(request.Id))!;
        var shown = final.State == RequestState.Rejected ? "Rejected by Megan Bowen" : "Approved by Megan Bowen";
        Assert.All(clicks, c => Assert.Contains(shown, AliasFlow.Text(c), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_submit_delivered_twice_creates_one_request()
    {
        var first = await _flow.SubmitAsync(Person.Alex, "alex.w@example.com", activityId: "submit-7");
        var second = await _flow.SubmitAsync(Person.Alex, "alex.w@example.com", activityId: "submit-7");

        await _flow.SingleRequestAsync(Person.Alex);
        Assert.Contains("Waiting for approval", AliasFlow.Text(second), StringComparison.Ordinal);
        Assert.Equal(AliasFlow.Text(first), AliasFlow.Text(second));
    }

    [Fact]
    public async Task Two_deliveries_of_one_submit_at_the_same_moment_create_one_request_and_get_the_same_answer()
    {
        var answers = await Task.WhenAll(
            _flow.SubmitAsync(Person.Alex, "alex.w@example.com", activityId: "submit-8"),
            _flow.SubmitAsync(Person.Alex, "alex.w@example.com", activityId: "submit-8"));

        var request = await _flow.SingleRequestAsync(Person.Alex);
        Assert.All(answers, a => Assert.Contains($"Waiting for approval by Megan Bowen", AliasFlow.Text(a), StringComparison.Ordinal));
        Assert.All(answers, a => Assert.Contains(request.Id, AliasFlow.Text(a), StringComparison.Ordinal));
        Assert.Single(await _flow.AuditAsync(request.Id), a => a.Action == "request.created");
    }

    [Fact]
    public async Task A_submit_delivered_again_after_its_request_was_rejected_shows_that_request_and_asks_nothing_new()
    {
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com", activityId: "submit-9");
        var request = await _flow.SingleRequestAsync(Person.Alex);
        await _flow.DecideAsync(Person.Megan, "alias/reject", request.Id);

        // The address is free again, so the redelivery passes every check; the activity is what gives it away.
        var again = await _flow.SubmitAsync(Person.Alex, "alex.w@example.com", activityId: "submit-9");

        Assert.Contains("Rejected by Megan Bowen", AliasFlow.Text(again), StringComparison.Ordinal);
        Assert.Equal(request.Id, (await _flow.SingleRequestAsync(Person.Alex)).Id);
        Assert.Single(await _flow.AuditAsync(request.Id), a => a.Action == "request.created");
    }

    [Fact]
    public async Task A_submit_delivered_again_after_its_address_was_added_shows_that_request_not_nothing_to_do()
    {
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com", activityId: "submit-10");
        var request = await _flow.SingleRequestAsync(Person.Alex);
        await _flow.DecideAsync(Person.Megan, "alias/approve", request.Id);
        await _flow.WaitForStateAsync(request.Id, RequestState.Completed);

        var again = await _flow.SubmitAsync(Person.Alex, "alex.w@example.com", activityId: "submit-10");

        Assert.Contains("Done: the address is active", AliasFlow.Text(again), StringComparison.Ordinal);
        Assert.DoesNotContain("nothing to do", AliasFlow.Text(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_racing_for_one_address_cannot_both_win()
    {
        var results = await Task.WhenAll(
            _flow.SubmitAsync(Person.Alex, "team.lead@example.com", reason: "RoleAddress", activityId: "a"),
            _flow.SubmitAsync(Person.Adele, "Team.Lead@example.com", reason: "RoleAddress", activityId: "b"));

        Assert.Single(results, r => AliasFlow.Text(r).Contains("Waiting for approval", StringComparison.Ordinal));
        Assert.Single(results, r => AliasFlow.Text(r).Contains("unavailable", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("alex@gmail.com", "personal mail service")]
    [InlineData("smtp:alex.w@example.com", "smtp:")]
    [InlineData("alex.w@webmail.example.net", "website mail service")]
    [InlineData("meganb@example.com", "unavailable")]
    [InlineData("Alex <alex.w@example.com>", "without a name")]
    public async Task Invalid_requests_come_back_as_the_form_with_the_problem_by_the_input_and_the_values_kept(string address, string expected)
    {
        var form = await _flow.SubmitAsync(Person.Alex, address);

        var text = AliasFlow.Text(form);
        Assert.Contains("Request an email alias", text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Megan Bowen", text, StringComparison.Ordinal);
        var addressInput = form["value"]!["body"]!.AsArray().First(e => (string?)e!["id"] == "address")!;
        Assert.Equal(address, (string?)addressInput["value"]);
        Assert.Empty(await _bot.Services.GetService<IAliasRequestStore>()!.ListByRequesterAsync(Person.Alex.AadObjectId, 10));
    }

    [Fact]
    public async Task An_address_the_mailbox_already_has_is_an_answer_not_an_error()
    {
        var answer = await _flow.SubmitAsync(Person.Alex, "alexw@contoso-old.com");

        Assert.Contains("already", AliasFlow.Text(answer), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"id\":\"address\"", AliasFlow.Text(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_card_of_the_flow_passes_the_official_adaptivecards_parser()
    {
        (await _bot.PostActivityAsync(Activities.Message("alias"))).Dispose();
        var invalid = await _flow.SubmitAsync(Person.Alex, "alex@gmail.com", activityId: "s0");
        var status = await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await _flow.SingleRequestAsync(Person.Alex);
        await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Approve an email alias?", StringComparison.Ordinal), "the approval card");
        var decided = await _flow.DecideAsync(Person.Megan, "alias/approve", request.Id);
        await _flow.WaitForStateAsync(request.Id, RequestState.Completed);
        await _bot.Connector.WaitForCallAsync(c => c.Text?.StartsWith("Done:", StringComparison.Ordinal) == true, "the done message");
        await _bot.Connector.WaitForCallAsync(c => c.Method == HttpMethod.Put && c.CardText.Contains("The address is active", StringComparison.Ordinal), "the approver's card showing the outcome");

        var cards = _bot.Connector.Calls.SelectMany(c => c.Cards).Select(c => c.GetRawText())
            .Concat(new[] { invalid, status, decided }.Select(r => r["value"]!.ToJsonString()))
            .ToList();

        Assert.True(cards.Count >= 6, $"only {cards.Count} cards; the bot sent: " + string.Join(" | ", _bot.Connector.Calls.Select(c => $"{c.Method} {c.Url.AbsolutePath} [{c.Cards.Count} cards] {c.Text}")));
        var results = await AdaptiveCardsValidator.ValidateAllAsync(cards);
        Assert.All(results, Assert.Empty);
    }
}
