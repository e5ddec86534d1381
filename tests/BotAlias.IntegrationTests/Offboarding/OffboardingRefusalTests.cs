using BotAlias.Core.Offboarding;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.Offboarding;

/// <summary>Who may file and decide, and what the form refuses, each with words a person understands.</summary>
public sealed class OffboardingRefusalTests : IDisposable
{
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100");
    private readonly OffboardingFlow _flow;

    public OffboardingRefusalTests() => _flow = new OffboardingFlow(_bot);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Someone_without_reports_is_told_only_managers_and_admins_may_offboard()
    {
        await _flow.SayAsync(Person.Adele, "offboard alexw@example.com");

        var answer = await _bot.Connector.WaitForCallAsync(c => c.Text?.Contains("Only a manager", StringComparison.Ordinal) == true, "the refusal");
        Assert.Contains(OffboardingFlow.ConversationPath(Person.Adele), answer.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Connector.Calls, c => c.CardText.Contains("Offboard someone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_manager_naming_someone_who_is_not_their_report_is_refused()
    {
        await _flow.SayAsync(Person.Megan, "offboard pattif@example.com");

        await _bot.Connector.WaitForCallAsync(c => c.Text?.Contains("is not one of your direct reports", StringComparison.Ordinal) == true, "the refusal");
        Assert.DoesNotContain(_bot.Connector.Calls, c => c.CardText.Contains("Offboard someone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_forged_form_for_someone_else_s_report_is_refused_and_stores_nothing()
    {
        var form = OffboardingFlow.AdeleToAlex();

        var answer = OffboardingFlow.Text(await _flow.SubmitAsync(Person.Alex, form));

        Assert.Contains("Adele Vance is not one of your direct reports", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview: exactly", answer, StringComparison.Ordinal);
        Assert.Empty(await _flow.Store.ListByRequesterAsync(Person.Alex.AadObjectId, 10));
    }

    [Fact]
    public async Task Neither_the_requester_nor_the_leaver_nor_a_stranger_can_approve()
    {
        await _flow.SubmitAsync(Person.Megan, OffboardingFlow.AdeleToAlex());
        var request = await _flow.SingleRequestAsync(Person.Megan);

        var self = OffboardingFlow.Text(await _flow.ClickAsync(Person.Megan, "offboarding/approve", request.Id, "c-1"));
        var leaver = OffboardingFlow.Text(await _flow.ClickAsync(Person.Adele, "offboarding/approve", request.Id, "c-2"));
        var stranger = OffboardingFlow.Text(await _flow.ClickAsync(Person.Alex, "offboarding/approve", request.Id, "c-3"));

        Assert.Contains("can't decide your own request", self, StringComparison.Ordinal);
        Assert.Contains("can't decide on a request about yourself", leaver, StringComparison.Ordinal);
        Assert.Contains("Only the approver of this request can decide it", stranger, StringComparison.Ordinal);
        Assert.Equal(OffboardingRequestState.PendingApproval, (await _flow.Store.FindAsync(request.Id))!.State);
    }

    [Fact]
    public async Task With_the_approvers_group_configured_a_group_member_who_requested_cannot_approve()
    {
        using var bot = new BotAliasFactory().With("Offboarding:ManagerRequestApprover", "ApproversGroup");
        var flow = new OffboardingFlow(bot);
        await flow.SubmitAsync(Person.Megan, OffboardingFlow.AdeleToAlex());
        var request = await flow.SingleRequestAsync(Person.Megan);

        Assert.Equal("Mail Approvers", request.Approver.DisplayName);
        var self = OffboardingFlow.Text(await flow.ClickAsync(Person.Megan, "offboarding/approve", request.Id, "c-1"));
        Assert.Contains("can't decide your own request", self, StringComparison.Ordinal);
        var patti = OffboardingFlow.Text(await flow.ClickAsync(Person.Patti, "offboarding/reject", request.Id, "c-2"));
        Assert.Contains("Rejected by Patti Fernandez", patti, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_clicks_decide_once()
    {
        await _flow.SubmitAsync(Person.Megan, OffboardingFlow.AdeleToAlex());
        var request = await _flow.SingleRequestAsync(Person.Megan);

        var clicks = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            _flow.ClickAsync(Person.Patti, i % 2 == 0 ? "offboarding/approve" : "offboarding/reject", request.Id, $"click-{i}")));

        var decisions = (await _flow.AuditAsync(request.Id)).Count(a => a.Action is "offboarding.approved" or "offboarding.rejected");
        Assert.Equal(1, decisions);
        var decided = (await _flow.Store.FindAsync(request.Id))!;
        var shown = decided.State == OffboardingRequestState.Rejected ? "Rejected by Patti Fernandez" : "Approved by Patti Fernandez";
        Assert.All(clicks, c => Assert.Contains(shown, OffboardingFlow.Text(c), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("colleague", "nobody.here@example.com", "Nobody in your organisation's directory has the sign-in name or address \\\"nobody.here@example.com\\\"")]
    [InlineData("colleague", "adelev@example.com", "The colleague must be someone other than Adele Vance")]
    [InlineData("colleague", "", "Choose the colleague who takes over Adele Vance's mail")]
    [InlineData("leaver", "", "Choose the person leaving")]
    public async Task Bad_people_come_back_as_the_form_with_the_problem_and_the_values_kept(string field, string value, string expected)
    {
        var form = OffboardingFlow.AdeleToAlex();
        form[field] = value;

        var answer = OffboardingFlow.Text(await _flow.SubmitAsync(Person.Megan, form));

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.Contains("Offboard someone", answer, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent", answer, StringComparison.Ordinal);
        Assert.Empty(await _flow.Store.ListByRequesterAsync(Person.Megan.AadObjectId, 10));
    }

    [Fact]
    public async Task Every_problem_of_the_form_shows_at_once_by_its_input()
    {
        var form = OffboardingFlow.AdeleToAlex();
        form["when"] = "later";
        form["runDate"] = "2001-01-01";
        form["runTime"] = "09:00";
        form["automaticReply"] = "true";
        form["removeLicenses"] = "true";

        var answer = OffboardingFlow.Text(await _flow.PreviewAsync(Person.Megan, form));

        Assert.Contains("1 January 2001, 09:00 UTC is in the past", answer, StringComparison.Ordinal);
        Assert.Contains("The automatic reply would never be sent", answer, StringComparison.Ordinal);
        Assert.Contains("without converting the mailbox to a shared mailbox", answer, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"2001-01-01\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_text_in_the_automatic_reply_is_shown_as_text_and_never_as_markdown_or_a_mention()
    {
        var form = OffboardingFlow.AdeleToAlex();
        form["moveAddresses"] = "false";
        form["forwarding"] = "Colleague";
        form["automaticReply"] = "true";
        form["automaticReplyText"] = "**Urgent** <at>Patti Fernandez</at> [reset your password](https://evil.example/reset)\n# Heading";

        var answer = OffboardingFlow.Text(await _flow.PreviewAsync(Person.Megan, form));

        Assert.Contains("Preview: exactly what will change", answer, StringComparison.Ordinal);
        var preview = answer[answer.IndexOf("Preview: exactly", StringComparison.Ordinal)..];
        Assert.Contains("\\\\*\\\\*Urgent\\\\*\\\\*", preview, StringComparison.Ordinal);
        Assert.Contains("＜at＞Patti Fernandez＜/at＞", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", preview, StringComparison.Ordinal);
        Assert.Contains("\\\\[reset your password\\\\]", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("https://evil", preview, StringComparison.Ordinal);
        Assert.Contains("Thank you", OffboardingFlow.Text(await _flow.PreviewAsync(Person.Megan, OffboardingFlow.AdeleToAlex(), "p-2")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_longer_than_allowed_is_refused_by_its_input()
    {
        var form = OffboardingFlow.AdeleToAlex();
        form["moveAddresses"] = "false";
        form["forwarding"] = "Colleague";
        form["automaticReply"] = "true";
        form["automaticReplyText"] = new string('x', 4500);

        var answer = OffboardingFlow.Text(await _flow.SubmitAsync(Person.Megan, form));

        Assert.Contains("The automatic reply is 4500 characters long; keep it to 4000", answer, StringComparison.Ordinal);
        Assert.Empty(await _flow.Store.ListByRequesterAsync(Person.Megan.AadObjectId, 10));
    }
}
