using System.Text.Json.Nodes;
using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Cards;
using static BotAlias.IntegrationTests.Bulk.Cards.BulkCardSamples;

namespace BotAlias.IntegrationTests.Bulk.Cards;

public sealed class BulkProgressCardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 10, 15, 42, TimeSpan.Zero);
    private static readonly Uri CsvLink = new("https://bot.example.com/bulk/export?t=abc");

    private static readonly BulkRunCounts MidRun = Counts(
        (BulkItemStatus.Done, 6_120), (BulkItemStatus.Failed, 12), (BulkItemStatus.Pending, 3_868), (BulkItemStatus.AlreadyDone, 30), (BulkItemStatus.Conflict, 2));

    [Fact]
    public async Task While_running_it_shows_a_bar_the_counts_the_rate_and_the_time_left_with_pause_and_cancel()
    {
        var card = new CardView(BulkProgressCard.Create(PatternRun(BulkRunState.Running), MidRun, new BulkProgressRate(45), [Failed(9, "x")], CsvLink, Now, offerUndo: true));

        await card.AssertValidAsync();
        Assert.Contains("Running: changing addresses in the background.", card.Texts);
        Assert.Contains("6,120 of 10,000 done \u00B7 12 failed \u00B7 3,868 remaining \u00B7 45 a second \u00B7 about 1 minute left", card.Texts);
        Assert.Equal([("Good", 612), ("Attention", 1), ("Emphasis", 387)], Bar(card));
        Assert.Equal([BulkVerbs.Pause, BulkVerbs.Cancel], card.Verbs);
        Assert.All(card.Actions.Where(a => a["verb"] is not null), a => Assert.Equal("BK-7Q2M9X", (string?)a["data"]!["runId"]));
        Assert.DoesNotContain(card.Texts, t => t.StartsWith("**Failed**", StringComparison.Ordinal));
        Assert.Contains("Updated 2026-11-03 10:15:42 UTC", card.Texts);
    }

    [Theory]
    [InlineData(0.5, 100, "30 a minute \u00B7 about 3 minutes left")]
    [InlineData(2.5, 100, "2.5 a second \u00B7 less than a minute left")]
    [InlineData(10, 36_000, "10 a second \u00B7 about 1 hour left")]
    [InlineData(1, 1_000_000, "1 a second \u00B7 about 12 days left")]
    public void The_rate_and_time_left_read_naturally(double perSecond, int remaining, string expectedEnd)
    {
        var counts = Counts((BulkItemStatus.Done, 5), (BulkItemStatus.Pending, remaining));

        var card = new CardView(BulkProgressCard.Create(PatternRun(BulkRunState.Running), counts, new BulkProgressRate(perSecond), [], null, Now, offerUndo: false));

        Assert.Contains(card.Texts, t => t.EndsWith(" remaining \u00B7 " + expectedEnd, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paused_it_offers_resume_and_cancel_and_no_rate()
    {
        var card = new CardView(BulkProgressCard.Create(PatternRun(BulkRunState.Paused), MidRun, new BulkProgressRate(45), [], CsvLink, Now, offerUndo: true));

        await card.AssertValidAsync();
        Assert.Contains("Paused: nothing more is changed until you resume.", card.Texts);
        Assert.Contains("6,120 of 10,000 done \u00B7 12 failed \u00B7 3,868 remaining", card.Texts);
        Assert.Equal([BulkVerbs.Resume, BulkVerbs.Cancel], card.Verbs);
    }

    [Fact]
    public async Task Approved_and_not_yet_started_it_can_be_cancelled()
    {
        var run = PatternRun(BulkRunState.Approved) with { DecidedByName = "Megan Bowen" };

        var card = new CardView(BulkProgressCard.Create(run, Counts((BulkItemStatus.Pending, 100)), null, [], null, Now, offerUndo: true));

        await card.AssertValidAsync();
        Assert.Contains("Approved by Megan Bowen. Starting soon.", card.Texts);
        Assert.Contains("0 of 100 done \u00B7 0 failed \u00B7 100 remaining", card.Texts);
        Assert.Equal([("Emphasis", 1000)], Bar(card));
        Assert.Equal([BulkVerbs.Cancel], card.Verbs);
    }

    [Fact]
    public async Task Finished_with_failures_it_reports_them_with_reasons_and_offers_retry_and_undo()
    {
        var counts = Counts((BulkItemStatus.Done, 9_988), (BulkItemStatus.Failed, 12), (BulkItemStatus.AlreadyDone, 30));
        var failures = Enumerable.Range(1, 12).Select(i => Failed(i, i == 1 ? "Exchange refused it: the mailbox has 400 addresses already." : "The mailbox is gone.")).ToList();
        failures[1] = failures[1] with { DisplayName = HostileName };

        var card = new CardView(BulkProgressCard.Create(PatternRun(BulkRunState.Completed), counts, new BulkProgressRate(45), failures, CsvLink, Now, offerUndo: true));

        await card.AssertValidAsync();
        Assert.Contains("Finished with 12 failures: 9,988 mailboxes changed.", card.Texts);
        Assert.Contains("9,988 of 10,000 done \u00B7 12 failed", card.Texts);
        Assert.Contains("Failures (10 of 12 shown; the CSV has them all)", card.Texts);
        Assert.Contains("**Failed** \u00B7 Failed 1 (user1@example.com), failed.1@contoso-old.com: Exchange refused it: the mailbox has 400 addresses already.", card.Texts);
        Assert.Contains("**Failed** \u00B7 \\*Bob\\* \\[x\\](http://\u2060evil) \uFF1Cat\uFF1EBob\uFF1C/at\uFF1E (user2@example.com), failed.2@contoso-old.com: The mailbox is gone.", card.Texts);
        Assert.Equal(10, card.Texts.Count(t => t.StartsWith("**Failed**", StringComparison.Ordinal)));
        Assert.Contains("Download all 10,030 rows as CSV", card.Actions.Select(a => (string?)a["title"]));
        Assert.Equal([BulkVerbs.Retry, BulkVerbs.Undo], card.Verbs);
        Assert.Equal("Retry the 12 failed", (string?)card.Action(BulkVerbs.Retry)["title"]);
        Assert.Equal("Undo this run", (string?)card.Action(BulkVerbs.Undo)["title"]);
    }

    [Fact]
    public async Task Finished_without_failures_there_is_no_retry_and_undo_only_for_those_allowed_and_only_if_something_was_done()
    {
        var clean = Counts((BulkItemStatus.Done, 50));
        var nothingDone = Counts((BulkItemStatus.AlreadyDone, 50));

        var offered = new CardView(BulkProgressCard.Create(PatternRun(BulkRunState.Completed), clean, null, [], null, Now, offerUndo: true));
        var notOffered = new CardView(BulkProgressCard.Create(PatternRun(BulkRunState.Completed), clean, null, [], null, Now, offerUndo: false));
        var nothing = new CardView(BulkProgressCard.Create(PatternRun(BulkRunState.Completed), nothingDone, null, [], null, Now, offerUndo: true));

        await CardView.AssertAllValidAsync([offered, notOffered, nothing]);
        Assert.Contains("Finished: 50 mailboxes changed.", offered.Texts);
        Assert.Contains("50 of 50 done \u00B7 0 failed", offered.Texts);
        Assert.Equal([BulkVerbs.Undo], offered.Verbs);
        Assert.Empty(notOffered.Verbs);
        Assert.Empty(nothing.Verbs);
        Assert.DoesNotContain(nothing.Texts, t => t.Contains(" done \u00B7 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelled_it_says_what_was_done_stays_and_offers_undo_but_not_retry()
    {
        var run = PatternRun(BulkRunState.Cancelled) with { Reason = "Stopped by Patti Fernandez." };
        var counts = Counts((BulkItemStatus.Done, 1_000), (BulkItemStatus.Failed, 2), (BulkItemStatus.Pending, 8_998));

        var card = new CardView(BulkProgressCard.Create(run, counts, new BulkProgressRate(45), [Failed(5, "Throttled too often.")], CsvLink, Now, offerUndo: true));

        await card.AssertValidAsync();
        Assert.Contains("Cancelled. 1,000 mailboxes changed before it stopped; those changes stay until undone. Reason: Stopped by Patti Fernandez.", card.Texts);
        Assert.Contains("1,000 of 10,000 done \u00B7 2 failed \u00B7 8,998 not done", card.Texts);
        Assert.Contains("**Failed** \u00B7 Failed 5 (user5@example.com), failed.5@contoso-old.com: Throttled too often.", card.Texts);
        Assert.Equal([BulkVerbs.Undo], card.Verbs);
    }

    [Fact]
    public async Task Undoing_shows_the_undo_progress_and_no_buttons_and_undone_reports_what_could_not_be_put_back()
    {
        var undoing = Counts((BulkItemStatus.Undone, 1_200), (BulkItemStatus.UndoFailed, 3), (BulkItemStatus.Done, 4_917), (BulkItemStatus.Failed, 12));
        var undone = Counts((BulkItemStatus.Undone, 6_117), (BulkItemStatus.UndoFailed, 3), (BulkItemStatus.Failed, 12));
        var undoFailure = Item(7, "Jane Doe", BulkItemStatus.UndoFailed, "jane@contoso-old.com") with { Reason = "The mailbox is gone." };

        var during = new CardView(BulkProgressCard.Create(PatternRun(BulkRunState.Undoing), undoing, new BulkProgressRate(100), [], CsvLink, Now, offerUndo: true));
        var after = new CardView(BulkProgressCard.Create(PatternRun(BulkRunState.Undone), undone, null, [undoFailure], CsvLink, Now, offerUndo: true));

        await CardView.AssertAllValidAsync([during, after]);
        Assert.Contains("Undoing: putting the addresses back as they were.", during.Texts);
        Assert.Contains("1,200 of 6,120 undone \u00B7 3 could not be undone \u00B7 4,917 remaining \u00B7 100 a second \u00B7 less than a minute left", during.Texts);
        Assert.Equal([("Good", 196), ("Attention", 1), ("Emphasis", 803)], Bar(during));
        Assert.Empty(during.Verbs);
        Assert.Contains("Undone, except for 3 mailboxes that could not be put back.", after.Texts);
        Assert.Contains("6,117 of 6,120 undone \u00B7 3 could not be undone", after.Texts);
        Assert.Contains("Could not be put back (1 of 3 shown; the CSV has them all)", after.Texts);
        Assert.Contains("**Undo failed** \u00B7 Jane Doe (user7@example.com), jane@contoso-old.com: The mailbox is gone.", after.Texts);
        Assert.Empty(after.Verbs);
    }

    [Fact]
    public async Task Every_state_renders_a_valid_card()
    {
        var cards = Enum.GetValues<BulkRunState>()
            .SelectMany(state => new[] { PatternRun(state), SwitchRun(state) with { DecidedByName = HostileName, Reason = HostileName } })
            .Select(run => new CardView(BulkProgressCard.Create(run, MidRun, new BulkProgressRate(3), [Failed(1, HostileName)], CsvLink, Now, offerUndo: true)))
            .ToList();

        await CardView.AssertAllValidAsync(cards);
        Assert.All(cards, card => Assert.DoesNotContain("<at>", card.Text, StringComparison.Ordinal));
    }

    private static IReadOnlyList<(string Style, int Weight)> Bar(CardView card)
    {
        var bar = card.Root["body"]!.AsArray().Single(e => (string?)e!["id"] == "progressBar")!;
        return [.. bar["columns"]!.AsArray().Select(c => ((string)c!["style"]!, (int)c["width"]!))];
    }
}
