using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Cards;
using static BotAlias.IntegrationTests.Bulk.Cards.BulkCardSamples;

namespace BotAlias.IntegrationTests.Bulk.Cards;

public sealed class BulkDryRunCardTests
{
    private static readonly Uri CsvLink = new("https://bot.example.com/bulk/export?t=abc");

    private static readonly BulkRunCounts Typical = Counts(
        (BulkItemStatus.Pending, 10_000), (BulkItemStatus.AlreadyDone, 412), (BulkItemStatus.Conflict, 12), (BulkItemStatus.Invalid, 3), (BulkItemStatus.Synced, 1_053));

    [Fact]
    public async Task The_summary_says_what_and_who_in_words_with_the_counts_and_that_nothing_changed()
    {
        var problems = Enumerable.Range(1, 12).Select(i => Conflict(100 + i, i <= 3 ? $"clash.{100 + i}2@contoso-old.com" : null)).ToList();

        var card = new CardView(BulkDryRunCard.Create(PatternRun(), Typical, Pending(7), problems, CsvLink, offerSubmit: true, suggestionCount: 3));

        await card.AssertValidAsync();
        Assert.Equal("Bulk change BK-7Q2M9X: dry run", card.Texts[0]);
        Assert.Equal("Add \\{first\\}.\\{last\\}@contoso-old.com to everyone with a mailbox", card.Texts[1]);
        Assert.Contains(BulkDryRunCard.NothingChanged, card.Texts);
        var facts = card.Texts.SkipWhile(t => !t.StartsWith("To change: ", StringComparison.Ordinal)).Take(5);
        Assert.Equal(["To change: 10,000", "Already done: 412", "Conflicts: 12", "Invalid: 3", "Synced from on-premises: 1,053"], facts);
        Assert.Equal(5, card.Texts.Count(t => t.StartsWith("\u2022 Person ", StringComparison.Ordinal)));
        Assert.Contains("\u2022 Person 1: person.1@contoso-old.com", card.Texts);
        Assert.Contains("Problems (10 of 1,068 shown; the CSV has them all)", card.Texts);
        Assert.Equal(10, card.Texts.Count(t => t.StartsWith("**Conflict** \u00B7 Clash", StringComparison.Ordinal)));
        Assert.Contains(
            "**Conflict** \u00B7 Clash 101 (user101@example.com), clash.101@contoso-old.com: Another mailbox already has this address. Suggested instead: clash.1012@contoso-old.com",
            card.Texts);
        var download = Assert.Single(card.Actions, a => (string?)a["type"] == "Action.OpenUrl");
        Assert.Equal(("Download all 11,480 rows as CSV", CsvLink.AbsoluteUri), ((string?)download["title"], (string?)download["url"]));
        var toggle = card.Input(BulkDryRunCard.AcceptSuggestionsInput);
        Assert.Equal(("Input.Toggle", "Use the 3 suggested addresses", "false"), ((string?)toggle["type"], (string?)toggle["title"], (string?)toggle["value"]));
        Assert.Equal([BulkVerbs.Submit, BulkVerbs.Discard], card.Verbs);
        Assert.Equal("Send for approval", (string?)card.Action(BulkVerbs.Submit)["title"]);
        Assert.All(card.Actions.Where(a => a["verb"] is not null), a => Assert.Equal("BK-7Q2M9X", (string?)a["data"]!["runId"]));
        Assert.Equal(4, (long?)card.Action(BulkVerbs.Submit)["data"]!["version"]);
    }

    [Fact]
    public async Task With_nothing_to_change_and_no_suggestion_there_is_no_submit_and_the_card_says_why()
    {
        var counts = Counts((BulkItemStatus.AlreadyDone, 40), (BulkItemStatus.Invalid, 2));
        var invalid = Item(3, "Shared Room", BulkItemStatus.Invalid) with { Reason = "It has no first name or surname for the pattern." };

        var card = new CardView(BulkDryRunCard.Create(PatternRun(), counts, [], [invalid, invalid with { Sequence = 4 }], CsvLink, offerSubmit: true));

        await card.AssertValidAsync();
        Assert.Contains(BulkDryRunCard.NothingToChange, card.Texts);
        Assert.Equal([BulkVerbs.Discard], card.Verbs);
        Assert.Empty(card.Inputs);
        Assert.Contains("Problems", card.Texts);
        Assert.Contains("**Invalid** \u00B7 Shared Room (user3@example.com): It has no first name or surname for the pattern.", card.Texts);
        Assert.DoesNotContain(card.Texts, t => t.StartsWith("For example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_only_suggestions_are_left_the_admin_may_still_submit_them_and_is_told_to_tick_the_box()
    {
        var counts = Counts((BulkItemStatus.AlreadyDone, 40), (BulkItemStatus.Conflict, 2));

        // The suggestions are counted in the problems when those are all of them.
        var card = new CardView(BulkDryRunCard.Create(PatternRun(), counts, [], [Conflict(1, "clash.12@contoso-old.com"), Conflict(2, null)], null, offerSubmit: true));

        await card.AssertValidAsync();
        Assert.Equal("Use the 1 suggested address", (string?)card.Input("acceptSuggestions")["title"]);
        Assert.Equal([BulkVerbs.Submit, BulkVerbs.Discard], card.Verbs);
        Assert.DoesNotContain(BulkDryRunCard.NothingToChange, card.Texts);
        Assert.Contains(card.Texts, t => t.Contains("tick the box", StringComparison.Ordinal));
        Assert.DoesNotContain(card.Actions, a => (string?)a["type"] == "Action.OpenUrl");
    }

    [Fact]
    public async Task Conflicts_without_any_suggestion_get_no_toggle()
    {
        var counts = Counts((BulkItemStatus.Pending, 5), (BulkItemStatus.Conflict, 1));

        var card = new CardView(BulkDryRunCard.Create(PatternRun(), counts, Pending(5), [Conflict(6, null)], CsvLink, offerSubmit: true));

        await card.AssertValidAsync();
        Assert.Empty(card.Inputs);
        Assert.Equal([BulkVerbs.Submit, BulkVerbs.Discard], card.Verbs);
        Assert.Contains("Download all 6 rows as CSV", card.Actions.Select(a => (string?)a["title"]));
    }

    [Fact]
    public async Task Without_offer_to_submit_there_are_no_buttons_and_the_state_is_shown()
    {
        var run = PatternRun(BulkRunState.PendingApproval) with { Approver = new(Core.Requests.ApproverKind.ApproversGroup, "g", "BotAlias approvers") };

        var card = new CardView(BulkDryRunCard.Create(run, Typical, Pending(2), [Conflict(9, "a@contoso-old.com")], CsvLink, offerSubmit: false));

        await card.AssertValidAsync();
        Assert.Empty(card.Verbs);
        Assert.Empty(card.Inputs);
        Assert.Contains("Waiting for approval by BotAlias approvers. Nothing has been changed yet.", card.Texts);
    }

    [Fact]
    public async Task A_primary_switch_reads_as_from_and_to_and_its_samples_show_old_and_new_primary()
    {
        var sample = Item(1, "Jane Doe", BulkItemStatus.Pending, "jane@example.com") with { PreviousPrimary = EmailAddress.Parse("jane@contoso-old.com") };
        var group = new BulkAudience { Kind = BulkAudienceKind.Group, GroupId = "g1", GroupName = "All staff" };

        var card = new CardView(BulkDryRunCard.Create(SwitchRun() with { Audience = group }, Counts((BulkItemStatus.Pending, 1)), [sample], [], null, offerSubmit: true));

        await card.AssertValidAsync();
        Assert.Equal(
            "Switch the primary addresses of the members of All staff from @contoso-old.com to @example.com, keeping the old address as a secondary so mail to it keeps arriving",
            card.Texts[1]);
        Assert.Contains("\u2022 Jane Doe: jane@contoso-old.com \u2192 jane@example.com", card.Texts);
    }

    [Fact]
    public async Task A_hostile_display_name_or_pattern_renders_as_text_not_as_markdown_a_link_or_a_mention()
    {
        var hostile = Item(1, HostileName, BulkItemStatus.Pending, "bob@contoso-old.com");
        var problem = Conflict(2, null) with { DisplayName = HostileName, Reason = "Held by **[admin](http://evil)**" };
        var run = PatternRun() with
        {
            Change = new BulkChangeSpec { Kind = BulkChangeKind.AddAddress, Pattern = "[click](http://evil)@x.com" },
            Audience = new BulkAudience { Kind = BulkAudienceKind.Group, GroupName = "<at>Everyone</at>" },
        };

        var card = new CardView(BulkDryRunCard.Create(run, Counts((BulkItemStatus.Pending, 1), (BulkItemStatus.Conflict, 1)), [hostile], [problem], null, offerSubmit: true));

        await card.AssertValidAsync();
        Assert.Contains("\u2022 \\*Bob\\* \\[x\\](http://\u2060evil) \uFF1Cat\uFF1EBob\uFF1C/at\uFF1E: bob@contoso-old.com", card.Texts);
        Assert.Contains(card.Texts, t => t.Contains("Held by \\*\\*\\[admin\\](http://\u2060evil)\\*\\*", StringComparison.Ordinal));
        Assert.Contains("Add \\[click\\](http://\u2060evil)@x.com to the members of \uFF1Cat\uFF1EEveryone\uFF1C/at\uFF1E", card.Texts);
        Assert.DoesNotContain("<at>", card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("](http://evil)", card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("*Bob*", card.Text.Replace("\\*", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
