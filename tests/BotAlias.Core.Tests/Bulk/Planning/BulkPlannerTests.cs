using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Planning;
using BotAlias.Core.Directory;
using static BotAlias.Core.Tests.Bulk.Planning.BulkTestData;

namespace BotAlias.Core.Tests.Bulk.Planning;

public sealed class BulkPlannerTests
{
    private static readonly BulkChangeSpec FirstDotLast = AddAddress("{first}.{last}@contoso-old.com");

    [Fact]
    public void Adding_an_address_puts_each_mailbox_in_the_right_category()
    {
        var pending = Mailbox("p", "Megan", "Bowen", "meganb@example.com");
        var done = Mailbox("d", "Alex", "Wilber", "alexw@example.com", "alex.wilber@contoso-old.com");
        var held = Mailbox("c", "Sales", "Team", "salesteam@example.com");
        var invalid = Mailbox("i", null, null, "reception@example.com");
        var synced = Mailbox("s", "Lee", "Gu", "leeg@example.com") with { OnPremisesSyncEnabled = true };
        var group = Recipient("g", "Sales department", RecipientKind.Group, "sales@example.com", "sales.team@contoso-old.com");

        var plan = BulkPlanner.Build(FirstDotLast, [pending, done, held, invalid, synced], ["ghost@example.com"],
            new BulkAddressIndex([group], [pending, done, held, invalid, synced]));

        Assert.Equal([1, 2, 3, 4, 5, 6], plan.Items.Select(i => i.Sequence));
        var items = plan.Items.ToDictionary(i => i.MailboxId ?? i.UserPrincipalName);
        Assert.Equal((BulkItemStatus.Pending, "megan.bowen@contoso-old.com"), (items["p"].Status, items["p"].Address?.Value));
        Assert.Null(items["p"].Reason);
        Assert.Equal((BulkItemStatus.AlreadyDone, "alex.wilber@contoso-old.com"), (items["d"].Status, items["d"].Address?.Value));
        Assert.Equal(BulkItemStatus.Conflict, items["c"].Status);
        Assert.Contains("sales.team@contoso-old.com already belongs to Sales department (a group)", items["c"].Reason, StringComparison.Ordinal);
        Assert.Equal("sales.team2@contoso-old.com", items["c"].Suggestion?.Value);
        Assert.Equal(BulkItemStatus.Invalid, items["i"].Status);
        Assert.Contains("has no first name in the directory", items["i"].Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(BulkItemStatus.Synced, items["s"].Status);
        Assert.Contains("on-premises AD", items["s"].Reason, StringComparison.Ordinal);
        Assert.Contains("Entra Connect", items["s"].Reason, StringComparison.Ordinal);

        var ghost = items["ghost@example.com"];
        Assert.Equal((BulkItemStatus.Invalid, null, "ghost@example.com"), (ghost.Status, ghost.MailboxId, ghost.DisplayName));
        Assert.Contains("matches no mailbox", ghost.Reason, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(6, plan.Counts.Total);
        Assert.Equal(1, plan.Counts[BulkItemStatus.Pending]);
        Assert.Equal(2, plan.Counts[BulkItemStatus.Invalid]);
        Assert.Equal(1, plan.Counts[BulkItemStatus.Conflict]);
    }

    [Fact]
    public void An_address_the_index_says_the_mailbox_holds_is_already_done_even_if_the_mailbox_record_lacks_it()
    {
        var jo = Mailbox("jo", "Jo", "Smith", "jo@example.com");
        var joAsHolder = Recipient("jo", "Jo Smith", RecipientKind.User, "jo@example.com", "jo.smith@contoso-old.com");

        var item = Assert.Single(BulkPlanner.Build(FirstDotLast, [jo], [], new BulkAddressIndex([joAsHolder])).Items);

        Assert.Equal(BulkItemStatus.AlreadyDone, item.Status);
    }

    [Fact]
    public void Suggestions_skip_addresses_held_by_anyone_and_addresses_other_items_will_get()
    {
        var john = Mailbox("john", "John", "Smith", "johns@example.com");
        var johnSmith3 = Mailbox("john3", "John", "Smith3", "johnsmith3@example.com");
        var index = new BulkAddressIndex(
        [
            Recipient("old", "John Smith (left 2019)", RecipientKind.SoftDeletedMailbox, "john.smith@contoso-old.com"),
            Recipient("contact", "John Smith (Fabrikam)", RecipientKind.MailContact, "john.smith2@contoso-old.com"),
        ], [john, johnSmith3]);

        var plan = BulkPlanner.Build(FirstDotLast, [john, johnSmith3], [], index);

        var item = plan.Items[0];
        Assert.Equal(BulkItemStatus.Conflict, item.Status);
        Assert.Contains("a deleted mailbox that can still be restored", item.Reason, StringComparison.Ordinal);
        Assert.Equal("john.smith4@contoso-old.com", item.Suggestion?.Value);
        Assert.Equal((BulkItemStatus.Pending, "john.smith3@contoso-old.com"), (plan.Items[1].Status, plan.Items[1].Address?.Value));
    }

    [Fact]
    public void Namesakes_in_one_run_all_conflict_and_the_suggestions_resolve_it_by_upn_order()
    {
        var c = Mailbox("c", "John", "Smith", "jsmith.c@example.com") with { UserPrincipalName = "c.smith@example.com" };
        var a = Mailbox("a", "John", "Smith", "jsmith.a@example.com") with { UserPrincipalName = "a.smith@example.com" };
        var b = Mailbox("b", "Jöhn", "Smith", "jsmith.b@example.com") with { UserPrincipalName = "B.smith@example.com" };
        var held = Recipient("x", "Smith archive", RecipientKind.SharedMailbox, "john.smith2@contoso-old.com");

        var plan = BulkPlanner.Build(FirstDotLast, [c, a, b], [], new BulkAddressIndex([held], [a, b, c]));

        Assert.All(plan.Items, item =>
        {
            Assert.Equal(BulkItemStatus.Conflict, item.Status);
            Assert.Equal("john.smith@contoso-old.com", item.Address?.Value);
            Assert.Contains("also wanted by 2 others in this run", item.Reason, StringComparison.Ordinal);
        });
        var suggestions = plan.Items.ToDictionary(i => i.MailboxId!, i => i.Suggestion?.Value);
        Assert.Equal("john.smith@contoso-old.com", suggestions["a"]);
        Assert.Equal("john.smith3@contoso-old.com", suggestions["b"]);
        Assert.Equal("john.smith4@contoso-old.com", suggestions["c"]);
    }

    [Fact]
    public void Two_namesakes_name_each_other()
    {
        var a = Mailbox("a", "Ana", "Silva", "ana1@example.com");
        var b = Mailbox("b", "Ana", "Silva", "ana2@example.com") with { DisplayName = "Ana Silva (Lisbon)" };

        var plan = BulkPlanner.Build(FirstDotLast, [a, b], [], new BulkAddressIndex([], [a, b]));

        Assert.Contains("also wanted by 1 other in this run (Ana Silva (Lisbon))", plan.Items[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suffix_that_would_make_the_local_part_too_long_shortens_it_instead()
    {
        var longName = new string('a', 30);
        var surname = new string('b', 33);
        var mailbox = Mailbox("m", longName, surname, "m@example.com");
        var wanted = $"{longName}.{surname}@contoso-old.com";
        var holder = Recipient("h", "Holder", RecipientKind.User, wanted);

        var item = Assert.Single(BulkPlanner.Build(FirstDotLast, [mailbox], [], new BulkAddressIndex([holder])).Items);

        Assert.Equal(BulkItemStatus.Conflict, item.Status);
        Assert.Equal(64, item.Suggestion!.LocalPart.Length);
        Assert.EndsWith("b2", item.Suggestion.LocalPart, StringComparison.Ordinal);
    }

    [Fact]
    public void Switching_primaries_puts_each_mailbox_in_the_right_category()
    {
        var free = Mailbox("free", "Megan", "Bowen", "meganb@contoso-old.com");
        var secondary = Mailbox("sec", "Alex", "Wilber", "alexw@contoso-old.com", "alexw@example.com");
        var held = Mailbox("held", "Lee", "Gu", "sales@contoso-old.com");
        var done = Mailbox("done", "Nestor", "Wilke", "nestorw@example.com", "nestorw@contoso-old.com");
        var elsewhere = Mailbox("else", "Pradeep", "Gupta", "pradeepg@examplecorp.onmicrosoft.com");
        var synced = Mailbox("sync", "Isaiah", "Langer", "isaiahl@contoso-old.com") with { OnPremisesSyncEnabled = true };
        var group = Recipient("g", "Sales", RecipientKind.Group, "sales@example.com");
        BulkMailbox[] targets = [free, secondary, held, done, elsewhere, synced];

        var plan = BulkPlanner.Build(Switch("contoso-old.com", "example.com"), targets, [], new BulkAddressIndex([group], targets));

        var items = plan.Items.ToDictionary(i => i.MailboxId!);
        Assert.Equal((BulkItemStatus.Pending, "meganb@example.com", true), (items["free"].Status, items["free"].Address?.Value, items["free"].AddsAddress));
        Assert.Equal((BulkItemStatus.Pending, "alexw@example.com", false), (items["sec"].Status, items["sec"].Address?.Value, items["sec"].AddsAddress));
        Assert.Equal((BulkItemStatus.Conflict, "sales2@example.com"), (items["held"].Status, items["held"].Suggestion?.Value));
        Assert.Contains("sales@example.com already belongs to Sales (a group)", items["held"].Reason, StringComparison.Ordinal);
        Assert.Equal(BulkItemStatus.AlreadyDone, items["done"].Status);
        Assert.Equal(BulkItemStatus.Invalid, items["else"].Status);
        Assert.Equal("Its primary is pradeepg@examplecorp.onmicrosoft.com, not at contoso-old.com, so it is left as it is.", items["else"].Reason);
        Assert.Equal(BulkItemStatus.Synced, items["sync"].Status);
        Assert.All(targets, t => Assert.Equal(t.PrimaryAddress, items[t.Id].PreviousPrimary));
    }

    [Fact]
    public void A_mailbox_listed_twice_is_planned_once()
    {
        var jo = Mailbox("jo", "Jo", "Smith", "jo@example.com");

        var plan = BulkPlanner.Build(FirstDotLast, [jo, jo], [], new BulkAddressIndex());

        Assert.Equal(BulkItemStatus.Pending, Assert.Single(plan.Items).Status);
    }

    [Fact]
    public void A_pattern_that_does_not_parse_makes_every_item_invalid_rather_than_throwing()
    {
        var plan = BulkPlanner.Build(AddAddress("{middle}@contoso-old.com"), [Mailbox("jo", "Jo", "Smith", "jo@example.com")], [], new BulkAddressIndex());

        var item = Assert.Single(plan.Items);
        Assert.Equal(BulkItemStatus.Invalid, item.Status);
        Assert.Contains("{middle} is not a placeholder", item.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_switch_without_a_target_domain_makes_every_item_invalid_rather_than_guessing()
    {
        var plan = BulkPlanner.Build(Switch("contoso-old.com", " "), [Mailbox("jo", "Jo", "Smith", "jo@contoso-old.com")], [], new BulkAddressIndex());

        var item = Assert.Single(plan.Items);
        Assert.Equal(BulkItemStatus.Invalid, item.Status);
        Assert.Contains("which domain", item.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_writes_nothing_back_into_the_index()
    {
        var jo = Mailbox("jo", "Jo", "Smith", "jo@example.com");
        var index = new BulkAddressIndex([], [jo]);

        BulkPlanner.Build(FirstDotLast, [jo], [], index);

        Assert.Equal(1, index.Count);
        Assert.Null(index.FindHolder(EmailAddress.Parse("jo.smith@contoso-old.com")));
    }
}
