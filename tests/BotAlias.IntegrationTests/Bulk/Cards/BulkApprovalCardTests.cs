using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Cards;
using static BotAlias.IntegrationTests.Bulk.Cards.BulkCardSamples;

namespace BotAlias.IntegrationTests.Bulk.Cards;

public sealed class BulkApprovalCardTests
{
    private static readonly BulkRunCounts Counted = Counts((BulkItemStatus.Pending, 2_500), (BulkItemStatus.AlreadyDone, 10), (BulkItemStatus.Conflict, 4));

    [Fact]
    public async Task The_approver_sees_who_asked_what_how_many_and_examples_with_a_comment_box_and_approve_or_reject()
    {
        var run = PatternRun(BulkRunState.PendingApproval) with { RequesterName = HostileName };

        var card = new CardView(BulkApprovalCard.Create(run, Counted, Pending(8), new Uri("https://bot.example.com/bulk/export?t=x"), decided: false));

        await card.AssertValidAsync();
        Assert.Equal("Approve bulk change BK-7Q2M9X?", card.Texts[0]);
        Assert.Equal("Add \\{first\\}.\\{last\\}@contoso-old.com to everyone with a mailbox", card.Texts[1]);
        Assert.Contains("Asked by: \\*Bob\\* \\[x\\](http://\u2060evil) \uFF1Cat\uFF1EBob\uFF1C/at\uFF1E", card.Texts);
        Assert.Contains("Asked at: 2026-11-03 09:30 UTC", card.Texts);
        Assert.Contains("To change: 2,500", card.Texts);
        Assert.Contains("Conflicts: 4", card.Texts);
        Assert.Contains(card.Texts, t => t.StartsWith("Only the 2,500 mailboxes to change are written", StringComparison.Ordinal));
        Assert.Equal(5, card.Texts.Count(t => t.StartsWith("\u2022 Person ", StringComparison.Ordinal)));
        Assert.Contains("Download all 2,514 rows as CSV", card.Actions.Select(a => (string?)a["title"]));
        var comment = Assert.Single(card.Inputs);
        Assert.Equal(("comment", true), ((string?)comment["id"], (bool?)comment["isMultiline"]));
        Assert.Equal([BulkVerbs.Approve, BulkVerbs.Reject], card.Verbs);
        Assert.All([card.Action(BulkVerbs.Approve), card.Action(BulkVerbs.Reject)], a => Assert.Equal("BK-7Q2M9X", (string?)a["data"]!["runId"]));
    }

    [Theory]
    [InlineData(BulkRunState.Approved, "Approved by Megan Bowen.", "Good")]
    [InlineData(BulkRunState.Running, "Approved by Megan Bowen.", "Good")]
    [InlineData(BulkRunState.Rejected, "Rejected by Megan Bowen: Not during the merger week.", "Attention")]
    [InlineData(BulkRunState.Cancelled, "Cancelled: Not during the merger week.", "Attention")]
    public async Task Once_decided_the_card_shows_the_decision_and_who_made_it_and_no_buttons(BulkRunState state, string expected, string color)
    {
        var run = PatternRun(state) with { DecidedById = "megan", DecidedByName = "Megan Bowen", Reason = state == BulkRunState.Rejected || state == BulkRunState.Cancelled ? "Not during the merger week." : null };

        var card = new CardView(BulkApprovalCard.Create(run, Counted, Pending(1), null, decided: true));

        await card.AssertValidAsync();
        Assert.Equal("Bulk change BK-7Q2M9X", card.Texts[0]);
        Assert.Equal(expected, card.Texts[^1]);
        Assert.Equal(color, (string?)card.Root["body"]!.AsArray()[^1]!["color"]);
        Assert.Empty(card.Actions);
        Assert.Empty(card.Inputs);
    }
}
