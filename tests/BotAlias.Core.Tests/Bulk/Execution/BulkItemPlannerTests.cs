using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Execution;
using static BotAlias.Core.Tests.Bulk.Execution.BulkWorld;

namespace BotAlias.Core.Tests.Bulk.Execution;

public sealed class BulkItemPlannerTests
{
    private readonly BulkWorld _world = new();

    [Fact]
    public void Retry_resets_only_the_failed_items_with_fresh_attempts()
    {
        BulkItem[] items =
        [
            Item(1, "a@contoso-old.com", BulkItemStatus.Done),
            Item(2, "b@contoso-old.com", BulkItemStatus.Failed) with { Reason = "Busy", Attempts = 8 },
            Item(3, "c@contoso-old.com", BulkItemStatus.Conflict),
            Item(4, "d@contoso-old.com", BulkItemStatus.Failed) with { Reason = "Gone" },
            Item(5, "e@contoso-old.com", BulkItemStatus.UndoFailed),
        ];

        var updates = BulkRetryPlanner.ResetFailed(items, Start);

        Assert.Equal(
            [new BulkItemUpdate(2, BulkItemStatus.Pending, null, 0, Start), new BulkItemUpdate(4, BulkItemStatus.Pending, null, 0, Start)],
            updates);
    }

    [Fact]
    public async Task Accepted_suggestions_become_pending_and_the_run_adds_the_suggested_address()
    {
        _world.Exchange.AddMailbox("m1", "user1@example.com");
        _world.Exchange.AddMailbox("m2", "user2@example.com");
        _world.Exchange.AddOtherHolder("contact-1", "user1@contoso-old.com");
        BulkItem[] items =
        [
            Item(1, "user1@contoso-old.com", BulkItemStatus.Conflict) with { Suggestion = A("user1.2@contoso-old.com"), Reason = "Held by a contact." },
            Item(2, "user2@contoso-old.com", BulkItemStatus.Conflict) with { Reason = "Held by a contact." },
        ];
        await _world.CreateRunAsync(BulkChangeKind.AddAddress, items);

        var accepted = BulkSuggestionAcceptance.Accept(_world.Items, Start);
        await _world.Store.UpdateItemsAsync(_world.RunId, accepted, []);
        await _world.DriveAsync();

        var update = Assert.Single(accepted);
        Assert.Equal((1, BulkItemStatus.Pending, A("user1.2@contoso-old.com")), (update.Sequence, update.Status, update.Address));
        Assert.Equal("user1@example.com | user1.2@contoso-old.com", _world.Exchange.Mailboxes["m1"].Snapshot());
        Assert.Equal([BulkItemStatus.Done, BulkItemStatus.Conflict], _world.Items.Select(i => i.Status));
        Assert.Equal("user2@example.com | ", _world.Exchange.Mailboxes["m2"].Snapshot());
    }

    [Fact]
    public async Task An_accepted_suggestion_for_a_switch_becomes_the_primary_and_undo_removes_it()
    {
        _world.Exchange.AddMailbox("s1", "jo@contoso-old.com");
        _world.Exchange.AddOtherHolder("group-jo", "jo@example.com");
        var before = _world.Exchange.Snapshot();
        BulkItem[] items =
        [
            new()
            {
                Sequence = 1, MailboxId = "s1", UserPrincipalName = "jo@contoso-old.com", DisplayName = "Jo",
                Status = BulkItemStatus.Conflict, Address = A("jo@example.com"), PreviousPrimary = A("jo@contoso-old.com"),
                Suggestion = A("jo2@example.com"), Reason = "Held by a group.",
            },
        ];
        await _world.CreateRunAsync(BulkChangeKind.SwitchPrimaryDomain, items);
        await _world.Store.UpdateItemsAsync(_world.RunId, BulkSuggestionAcceptance.Accept(_world.Items, Start), []);

        Assert.Equal(BulkSliceKind.Finished, (await _world.DriveAsync()).Kind);
        Assert.Equal("jo2@example.com | jo@contoso-old.com", _world.Exchange.Mailboxes["s1"].Snapshot());

        await _world.FireAsync(BulkRunTrigger.Undo);
        await _world.DriveAsync();

        Assert.Equal(before, _world.Exchange.Snapshot());
        Assert.Equal(BulkItemStatus.Undone, _world.Items[0].Status);
    }
}
