using System.Text.Json.Nodes;
using BotAlias.Core.Requests;
using BotAlias.IntegrationTests.AliasRequests;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.SelfService;

/// <summary>"my aliases", removal through approval, "my requests" and "pending approvals".</summary>
public sealed class SelfServiceTests : IDisposable
{
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
    private readonly AliasFlow _flow;

    public SelfServiceTests() => _flow = new AliasFlow(_bot);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task My_aliases_marks_the_primary_and_offers_removal_of_each_secondary_only()
    {
        var card = await AskAsync(Person.Alex, "my aliases", "Your email addresses");

        Assert.Contains("alexw@example.com (primary", card.CardText, StringComparison.Ordinal);
        var removable = RemovalAddresses(card);
        Assert.Equal(["alex.wilber@example.com", "alexw@contoso-old.com", "alexw@examplecorp.onmicrosoft.com"], removable.Order());
        Assert.DoesNotContain("alexw@example.com", removable);
    }

    [Fact]
    public async Task A_removal_goes_through_approval_then_the_address_is_gone_and_held_back()
    {
        var removal = await _bot.InvokeAsync(Activities.ExecuteBy(Person.Alex, "alias/remove", new JsonObject { ["address"] = "alexw@contoso-old.com" }, replyToId: "aliases-card", activityId: "rm-1"));
        Assert.Contains("Waiting for approval by Megan Bowen", removal.ToJsonString(), StringComparison.Ordinal);
        var request = await _flow.SingleRequestAsync(Person.Alex);
        Assert.Equal(AliasRequestKind.Remove, request.Kind);
        await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Approve removing an email alias?", StringComparison.Ordinal), "the removal approval card");

        await _flow.DecideAsync(Person.Megan, "alias/approve", request.Id);
        await _flow.WaitForStateAsync(request.Id, RequestState.Completed);

        Assert.Null(await _flow.HolderAsync("alexw@contoso-old.com"));
        var audit = await _flow.AuditAsync(request.Id);
        var removed = Assert.Single(audit, a => a.Action == "address.removed");
        Assert.Contains("smtp:alexw@contoso-old.com", removed.Before!, StringComparison.Ordinal);
        Assert.DoesNotContain("contoso-old", removed.After!, StringComparison.Ordinal);
        await _bot.Connector.WaitForCallAsync(c => c.Text?.StartsWith("Done: alexw@contoso-old.com is removed", StringComparison.Ordinal) == true, "the done message");

        var again = await _flow.SubmitAsync(Person.Adele, "alexw@contoso-old.com", activityId: "adele-1");
        Assert.Contains("held back", again.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("meganb@example.com", "not one of yours")]
    [InlineData("alexw@example.com", "primary address cannot be removed")]
    [InlineData("smtp:alexw@contoso-old.com", "not one of yours")]
    [InlineData("", "not one of yours")]
    public async Task Removal_of_someone_else_s_address_or_the_primary_is_refused(string address, string expected)
    {
        var answer = await _bot.InvokeAsync(Activities.ExecuteBy(Person.Alex, "alias/remove", new JsonObject { ["address"] = address }));

        Assert.Contains(expected, answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await _bot.Services.GetService<IAliasRequestStore>()!.ListByRequesterAsync(Person.Alex.AadObjectId, 10));
    }

    [Fact]
    public async Task A_mailbox_synced_from_on_premises_shows_no_removal_buttons()
    {
        var lynne = new Person("Lynne Robbins", "00000000-0000-0000-0000-0000000000025", "29:lynne", "a:lynne-personal");

        var card = await AskAsync(lynne, "my aliases", "Your email addresses");

        Assert.Empty(RemovalAddresses(card));
        Assert.Contains("on-premises", card.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_requests_lists_them_with_cancel_only_where_allowed()
    {
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        await _flow.SubmitAsync(Person.Alex, "alex.wb@example.com", activityId: "submit-2", formId: "form-2");
        var requests = await _bot.Services.GetService<IAliasRequestStore>()!.ListByRequesterAsync(Person.Alex.AadObjectId, 10);
        await _bot.InvokeAsync(Activities.ExecuteBy(Person.Alex, "alias/cancel", new JsonObject { ["requestId"] = requests[0].Id }, activityId: "c-1"));

        var card = await AskAsync(Person.Alex, "my requests", "Your requests");

        Assert.Contains(requests[0].Id, card.CardText, StringComparison.Ordinal);
        Assert.Contains(requests[1].Id, card.CardText, StringComparison.Ordinal);
        Assert.Contains("Cancelled", card.CardText, StringComparison.Ordinal);
        var cancels = Verbs(card, "alias/cancel");
        Assert.Equal([requests[1].Id], cancels);
    }

    [Fact]
    public async Task Pending_approvals_shows_each_approver_only_what_they_may_decide()
    {
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var request = await _flow.SingleRequestAsync(Person.Alex);

        var megan = await AskAsync(Person.Megan, "pending approvals", "Waiting for your approval");
        var adele = await AskAsync(Person.Adele, "pending approvals", "Waiting for your approval", activityId: "adele-ask");
        var alex = await AskAsync(Person.Alex, "pending approvals", "Waiting for your approval", activityId: "alex-ask");

        Assert.Equal([request.Id], Verbs(megan, "alias/approve"));
        Assert.Empty(Verbs(adele, "alias/approve"));
        Assert.Empty(Verbs(alex, "alias/approve"));
        Assert.Contains("Nothing waits for you", adele.CardText, StringComparison.Ordinal);

        var decided = await _flow.DecideAsync(Person.Megan, "alias/approve", request.Id);
        Assert.Contains("Approved by Megan Bowen", decided.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_self_service_cards_pass_the_official_parser()
    {
        await _flow.SubmitAsync(Person.Alex, "alex.w@example.com");
        var cards = new[]
        {
            await AskAsync(Person.Alex, "my aliases", "Your email addresses"),
            await AskAsync(Person.Alex, "my requests", "Your requests", activityId: "a2"),
            await AskAsync(Person.Megan, "pending approvals", "Waiting for your approval", activityId: "a3"),
        };

        var results = await AdaptiveCardsValidator.ValidateAllAsync([.. cards.Select(c => c.Cards[0].GetRawText())]);

        Assert.All(results, Assert.Empty);
    }

    private async Task<ConnectorCall> AskAsync(Person person, string text, string title, string activityId = "ask-1")
    {
        (await _bot.PostActivityAsync(Activities.MessageFrom(person, text, activityId: activityId))).Dispose();
        return await _bot.Connector.WaitForCallAsync(
            c => c.Url.AbsolutePath.Contains(Uri.EscapeDataString(person.ConversationId), StringComparison.Ordinal) && c.Url.AbsolutePath.EndsWith("/" + activityId, StringComparison.Ordinal) && c.CardText.Contains(title, StringComparison.Ordinal),
            $"{title} for {person.Name}");
    }

    private static List<string> RemovalAddresses(ConnectorCall card) =>
        [.. AllActions(card).Where(a => a["verb"]?.GetValue<string>() == "alias/remove").Select(a => a["data"]!["address"]!.GetValue<string>())];

    private static List<string> Verbs(ConnectorCall card, string verb) =>
        [.. AllActions(card).Where(a => a["verb"]?.GetValue<string>() == verb).Select(a => a["data"]!["requestId"]!.GetValue<string>())];

    private static IEnumerable<JsonObject> AllActions(ConnectorCall card)
    {
        var root = JsonNode.Parse(card.Cards[0].GetRawText())!;
        return Walk(root).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() == "Action.Execute");
    }

    private static IEnumerable<JsonNode> Walk(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }
}
