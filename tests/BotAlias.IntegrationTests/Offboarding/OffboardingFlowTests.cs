using BotAlias.Core.Offboarding;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.TestSupport;

namespace BotAlias.IntegrationTests.Offboarding;

/// <summary>Megan offboards her report Adele, Alex takes over, Patti (Megan's manager) approves, the bot carries it out.</summary>
public sealed class OffboardingFlowTests : IDisposable
{
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
    private readonly OffboardingFlow _flow;

    public OffboardingFlowTests() => _flow = new OffboardingFlow(_bot);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_manager_offboards_her_report_and_the_colleague_ends_up_with_the_old_addresses()
    {
        await _flow.SayAsync(Person.Patti, "hi");
        await _flow.SayAsync(Person.Megan, "offboard adelev@example.com", "offboard-1");
        var form = await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Offboard someone", StringComparison.Ordinal), "the form");
        Assert.Contains(OffboardingFlow.ConversationPath(Person.Megan), form.Url.AbsolutePath, StringComparison.Ordinal);
        var leaverInput = form.Cards[0].GetProperty("body").EnumerateArray().First(e => e.TryGetProperty("id", out var id) && id.GetString() == "leaver");
        Assert.Equal(Person.Adele.AadObjectId, leaverInput.GetProperty("value").GetString());
        Assert.Contains("Adele Vance no longer works here", form.CardText, StringComparison.Ordinal);

        var preview = OffboardingFlow.Text(await _flow.PreviewAsync(Person.Megan, OffboardingFlow.AdeleToAlex()));
        Assert.Contains("Preview: exactly what will change", preview, StringComparison.Ordinal);
        Assert.Contains("Move adelev@example.com from Adele Vance to Alex Wilber", preview, StringComparison.Ordinal);
        Assert.Contains("Block Adele Vance from signing in", preview, StringComparison.Ordinal);
        Assert.Contains("alexw@example.com", preview, StringComparison.Ordinal); // the typed colleague is kept
        Assert.Empty(await _flow.Store.ListByRequesterAsync(Person.Megan.AadObjectId, 10));

        var status = OffboardingFlow.Text(await _flow.SubmitAsync(Person.Megan, OffboardingFlow.AdeleToAlex()));
        Assert.Contains("Waiting for approval by Patti Fernandez", status, StringComparison.Ordinal);
        var request = await _flow.SingleRequestAsync(Person.Megan);
        var approval = await _bot.Connector.WaitForCallAsync(
            c => c.Url.AbsolutePath.Contains(OffboardingFlow.ConversationPath(Person.Patti), StringComparison.Ordinal) && c.CardText.Contains("Approve the offboarding of Adele Vance?", StringComparison.Ordinal),
            "the approval card to Patti");
        Assert.Contains("adele.vance@example.com", approval.CardText, StringComparison.Ordinal);

        var decided = OffboardingFlow.Text(await _flow.ClickAsync(Person.Patti, "offboarding/approve", request.Id));
        Assert.Contains("Approved by Patti Fernandez", decided, StringComparison.Ordinal);

        var done = await _flow.WaitForStateAsync(request.Id, OffboardingRequestState.Completed);
        Assert.Equal(Person.Alex.AadObjectId, (await _flow.HolderAsync("adelev@example.com"))!.Recipient.Id);
        Assert.Equal(Person.Alex.AadObjectId, (await _flow.HolderAsync("adele.vance@example.com"))!.Recipient.Id);
        var adele = (await _flow.UserAsync(Person.Adele))!;
        Assert.False(adele.AccountEnabled);
        Assert.Equal("adelev@examplecorp.onmicrosoft.com", adele.Mailbox!.PrimaryAddress.Value);

        var steps = done.Plan!.Plan.Steps;
        var audit = await _flow.AuditAsync(request.Id);
        Assert.Equal(["offboarding.created", "offboarding.approved", "offboarding.started"], audit.Take(3).Select(a => a.Action));
        foreach (var step in steps)
        {
            Assert.Contains(audit, a => a.Action == step.AuditAction);
        }

        Assert.Equal(2, audit.Count(a => a.Action == "offboarding.address_moved"));
        Assert.Equal("offboarding.completed", audit.Last(a => a.Action != "offboarding.planned").Action);

        var checklist = await _bot.Connector.WaitForCallAsync(
            c => c.Method == HttpMethod.Put && c.Url.AbsolutePath.EndsWith("/activities/form-1", StringComparison.Ordinal) && c.CardText.Contains("Done: all", StringComparison.Ordinal),
            "the completed status card");
        Assert.Equal(steps.Count, checklist.CardText.Split('\n').Count(line => line.StartsWith('✅')));
        Assert.DoesNotContain("⬜", checklist.CardText, StringComparison.Ordinal);

        var notice = await _bot.Connector.WaitForCallAsync(c => c.Text?.Contains("Adele Vance has left and you are taking over their mail", StringComparison.Ordinal) == true, "the notice to Alex");
        Assert.Contains("adelev@example.com", notice.Text, StringComparison.Ordinal);
        await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Alex Wilber was told in Teams", StringComparison.Ordinal), "the status card saying Alex was told");
        await _bot.Connector.WaitForCallAsync(c => c.Text?.StartsWith("Done:", StringComparison.Ordinal) == true, "the done message to Megan");

        var cards = _bot.Connector.Calls.SelectMany(c => c.Cards).Select(c => c.GetRawText()).ToList();
        Assert.All(await AdaptiveCardsValidator.ValidateAllAsync([.. cards, .. new[] { ExtractCard(preview), ExtractCard(status), ExtractCard(decided) }]), Assert.Empty);
    }

    [Fact]
    public async Task The_same_submit_delivered_twice_creates_one_request()
    {
        var first = OffboardingFlow.Text(await _flow.SubmitAsync(Person.Megan, OffboardingFlow.AdeleToAlex(), activityId: "submit-7"));
        var second = OffboardingFlow.Text(await _flow.SubmitAsync(Person.Megan, OffboardingFlow.AdeleToAlex(), activityId: "submit-7"));

        await _flow.SingleRequestAsync(Person.Megan);
        Assert.Equal(first, second);
        Assert.Contains("Waiting for approval", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_offboarding_of_the_same_person_is_refused_while_the_first_is_open()
    {
        await _flow.SubmitAsync(Person.Megan, OffboardingFlow.AdeleToAlex());
        var first = await _flow.SingleRequestAsync(Person.Megan);

        var again = OffboardingFlow.Text(await _flow.SubmitAsync(Person.Megan, OffboardingFlow.AdeleToAlex(), activityId: "submit-2", formId: "form-2"));

        Assert.Contains($"already being offboarded in request {first.Id}", again, StringComparison.Ordinal);
        await _flow.SingleRequestAsync(Person.Megan);
    }

    internal static string ExtractCard(string invokeResponse) =>
        System.Text.Json.Nodes.JsonNode.Parse(invokeResponse)!["value"]!.ToJsonString();
}
