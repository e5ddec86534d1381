using System.Text.Json.Nodes;
using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk;
using BotAlias.Features.Bulk.Cards;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.TestSupport;

namespace BotAlias.IntegrationTests.Bulk;

/// <summary>
/// Patti (an admin) adds everyone's old-domain address in one run: a dry run that changes nothing, Megan (an
/// approver) approves, the bot writes in the background and reports, and Patti undoes it all.
/// </summary>
public sealed class BulkFlowTests : IDisposable
{
    private const string Pattern = "{alias}@contoso-old.com";
    private readonly BotAliasFactory _bot = new BotAliasFactory().With("Outbox:PollInterval", "00:00:00.100").With("Bulk:ProgressCardInterval", "00:00:01");
    private readonly BulkFlow _flow;

    public BulkFlowTests() => _flow = new BulkFlow(_bot);

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task An_admin_adds_the_old_domain_to_everyone_after_a_dry_run_and_another_approver_then_undoes_it()
    {
        await _flow.SayAsync(Person.Megan, "hi");
        await _flow.SayAsync(Person.Patti, "bulk", "bulk-1");
        var form = await _bot.Connector.WaitForCallAsync(c => c.CardText.Contains("Dry run", StringComparison.Ordinal) && c.Cards.Count > 0, "the bulk form");
        Assert.Contains("{first}", form.CardText, StringComparison.Ordinal);

        var planning = BulkFlow.Text(await _flow.DryRunAsync(Person.Patti, BulkFlow.AddPattern(Pattern)));
        Assert.Contains("reading the directory", planning, StringComparison.Ordinal);
        var run = await _flow.WaitForRunAsync(Person.Patti);
        Assert.Equal(BulkRunState.DryRun, run.State);

        // The dry run replaces the form in place, with the counts, and has changed nothing.
        var dryRun = await _bot.Connector.WaitForCallAsync(
            c => c.Method == HttpMethod.Put && c.Url.AbsolutePath.EndsWith("/activities/form-1", StringComparison.Ordinal) && c.CardText.Contains($"Bulk change {run.Id}: dry run", StringComparison.Ordinal),
            "the dry-run card in place of the form");
        var counts = await _flow.Store.CountAsync(run.Id);
        Assert.Equal(2, counts[BulkItemStatus.Pending]); // Adele and Isaiah lack theirs.
        Assert.Equal(4, counts[BulkItemStatus.AlreadyDone]); // Alex, Megan, Patti and the Sales mailbox have theirs.
        Assert.Equal(1, counts[BulkItemStatus.Synced]); // Lynne is synced from on-premises: changed there, not here.
        Assert.Contains("Synced from on-premises", dryRun.CardText, StringComparison.Ordinal);
        Assert.Contains("isaiah@contoso-old.com", dryRun.CardText, StringComparison.Ordinal);
        Assert.Null(await _flow.HolderAsync("isaiah@contoso-old.com"));

        // Nobody approves their own run, and only approvers approve at all.
        var own = BulkFlow.Text(await _flow.ClickAsync(Person.Patti, BulkVerbs.Approve, run.Id));
        Assert.Contains(BulkDecisionHandler.OwnRun, own, StringComparison.Ordinal);

        var submitted = BulkFlow.Text(await _flow.ClickAsync(Person.Patti, BulkVerbs.Submit, run.Id, activityId: "submit-1"));
        Assert.Contains("Waiting for approval by Mail Approvers", submitted, StringComparison.Ordinal);
        var approval = await _bot.Connector.WaitForCallAsync(
            c => c.Url.AbsolutePath.Contains(Uri.EscapeDataString(Person.Megan.ConversationId), StringComparison.Ordinal) && c.CardText.Contains(run.Id, StringComparison.Ordinal),
            "the approval card to Megan");
        Assert.Contains("Approve", approval.CardText, StringComparison.Ordinal);
        Assert.Contains(BulkDecisionHandler.OwnRun, BulkFlow.Text(await _flow.ClickAsync(Person.Patti, BulkVerbs.Approve, run.Id, activityId: "own-2")), StringComparison.Ordinal);
        Assert.Contains(BulkDecisionHandler.NotYours, BulkFlow.Text(await _flow.ClickAsync(Person.Alex, BulkVerbs.Approve, run.Id, activityId: "alex-1")), StringComparison.Ordinal);
        Assert.Null(await _flow.HolderAsync("isaiah@contoso-old.com"));

        await _flow.ClickAsync(Person.Megan, BulkVerbs.Approve, run.Id, activityId: "approve-1", replyToId: "approval-1");
        var done = await _flow.WaitForStateAsync(run.Id, BulkRunState.Completed);
        Assert.Equal(Person.Megan.AadObjectId, done.DecidedById);
        foreach (var (person, address) in new[] { (Person.Adele, "adelev@contoso-old.com"), (Person.Isaiah, "isaiah@contoso-old.com") })
        {
            Assert.Equal(person.AadObjectId, (await _flow.HolderAsync(address))!.Recipient.Id);
        }

        Assert.Null(await _flow.HolderAsync("lynner@contoso-old.com"));
        var audit = await _flow.AuditAsync(run.Id);
        Assert.Equal(2, audit.Count(a => a.Action == "bulk.address.added"));
        Assert.Equal(["bulk.dry_run", "bulk.submitted", "bulk.approved", "bulk.started"], audit.Select(a => a.Action).Where(a => !a.StartsWith("bulk.address", StringComparison.Ordinal)).Take(4));
        var report = await _bot.Connector.WaitForCallAsync(
            c => c.Method == HttpMethod.Put && c.Url.AbsolutePath.EndsWith("/activities/form-1", StringComparison.Ordinal) && c.CardText.Contains("Finished: 2 mailboxes changed.", StringComparison.Ordinal),
            "the report card");
        Assert.Contains("Undo", report.CardText, StringComparison.Ordinal);
        await _bot.Connector.WaitForCallAsync(c => c.Text?.Contains($"Bulk run {run.Id} finished: all 2 changed.", StringComparison.Ordinal) == true, "the finished message");

        // Undo puts everything back: the three added addresses go, the ones people already had stay.
        var undoing = BulkFlow.Text(await _flow.ClickAsync(Person.Patti, BulkVerbs.Undo, run.Id, activityId: "undo-1"));
        Assert.Contains(run.Id, undoing, StringComparison.Ordinal);
        await _flow.WaitForStateAsync(run.Id, BulkRunState.Undone);
        Assert.Null(await _flow.HolderAsync("isaiah@contoso-old.com"));
        Assert.Null(await _flow.HolderAsync("adelev@contoso-old.com"));
        Assert.Equal(Person.Alex.AadObjectId, (await _flow.HolderAsync("alexw@contoso-old.com"))!.Recipient.Id);
        Assert.Equal(2, (await _flow.AuditAsync(run.Id)).Count(a => a.Action == "bulk.address.removed"));

        var cards = _bot.Connector.Calls.SelectMany(c => c.Cards).Select(c => c.GetRawText()).ToList();
        Assert.All(await AdaptiveCardsValidator.ValidateAllAsync(cards), Assert.Empty);
    }

    [Fact]
    public async Task Only_admins_may_start_a_bulk_run()
    {
        await _flow.SayAsync(Person.Alex, "bulk", "alex-bulk");
        var answer = await _bot.Connector.WaitForCallAsync(c => c.Text is not null && c.Url.AbsolutePath.Contains(Uri.EscapeDataString(Person.Alex.ConversationId), StringComparison.Ordinal), "the answer to Alex");
        Assert.Equal(BulkCommand.AdminsOnly, answer.Text);

        var refused = BulkFlow.Text(await _flow.DryRunAsync(Person.Alex, BulkFlow.AddPattern(Pattern)));
        Assert.Contains("Bulk changes are for BotAlias admins.", refused, StringComparison.Ordinal);
        Assert.Empty(await _flow.Store.ListByRequesterAsync(Person.Alex.AadObjectId, 10));
    }

    [Fact]
    public async Task A_pattern_at_a_domain_the_organisation_does_not_own_is_refused_on_the_form_with_what_to_do()
    {
        var answer = BulkFlow.Text(await _flow.DryRunAsync(Person.Patti, BulkFlow.AddPattern("{first}.{last}@gmail.com")));
        Assert.Contains("gmail.com", answer, StringComparison.Ordinal);
        Assert.Contains("Dry run", answer, StringComparison.Ordinal); // the form again, with the problem under the pattern
        Assert.Empty(await _flow.Store.ListByRequesterAsync(Person.Patti.AadObjectId, 10));
    }

    [Fact]
    public async Task A_pasted_list_runs_only_for_the_people_in_it_and_names_the_entries_that_match_nobody()
    {
        var form = BulkFlow.AddPattern(Pattern, BulkFormValues.FromList);
        form[BulkFormInputs.List] = "isaiah@example.com\nnobody@example.com\n";
        await _flow.DryRunAsync(Person.Patti, form);
        var run = await _flow.WaitForRunAsync(Person.Patti);
        var items = await _flow.Store.ListItemsAsync(run.Id, null, 0, 100);
        Assert.Equal(2, items.Count);
        Assert.Contains(items, i => i.Status == BulkItemStatus.Pending && i.Address?.Value == "isaiah@contoso-old.com");
        Assert.Contains(items, i => i.Status == BulkItemStatus.Invalid && i.UserPrincipalName == "nobody@example.com");
    }

    [Fact]
    public async Task The_same_dry_run_click_delivered_twice_plans_one_run()
    {
        await _flow.DryRunAsync(Person.Patti, BulkFlow.AddPattern(Pattern), activityId: "twice");
        await _flow.DryRunAsync(Person.Patti, BulkFlow.AddPattern(Pattern), activityId: "twice");
        await _flow.WaitForRunAsync(Person.Patti);
        await Task.Delay(500);
        Assert.Single(await _flow.Store.ListByRequesterAsync(Person.Patti.AadObjectId, 10));
    }
}
