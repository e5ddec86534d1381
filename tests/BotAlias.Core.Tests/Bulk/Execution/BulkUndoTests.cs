using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Execution;

namespace BotAlias.Core.Tests.Bulk.Execution;

public sealed class BulkUndoTests
{
    private readonly BulkWorld _world = new();

    [Fact]
    public async Task Undoing_an_added_address_leaves_every_mailbox_as_it_was()
    {
        await _world.CreateAddRunAsync(120);
        var before = _world.Exchange.Snapshot();

        await _world.RunThenUndoAsync();

        Assert.Equal(before, _world.Exchange.Snapshot());
        Assert.All(_world.Items, i => Assert.Equal(BulkItemStatus.Undone, i.Status));
        var removed = _world.AuditOf(BulkItemAudit.AddressRemoved);
        Assert.Equal(120, removed.Count);
        Assert.Equal(("user7@contoso-old.com", "user7@contoso-old.com", null), (removed[6].Address, removed[6].Before, removed[6].After));
    }

    [Fact]
    public async Task Undoing_a_switch_restores_primaries_and_removes_only_the_addresses_the_run_added()
    {
        await _world.CreateSwitchRunAsync(120);
        var before = _world.Exchange.Snapshot();

        await _world.RunThenUndoAsync();

        Assert.Equal(before, _world.Exchange.Snapshot());
        Assert.Equal("name2@contoso-old.com | name2@example.com", _world.Exchange.Mailboxes["s2"].Snapshot());
        Assert.Equal("name1@contoso-old.com | ", _world.Exchange.Mailboxes["s1"].Snapshot());
        Assert.All(_world.Items, i => Assert.Equal(BulkItemStatus.Undone, i.Status));
        var restored = _world.AuditOf(BulkItemAudit.PrimaryRestored);
        Assert.Equal(120, restored.Count);
        Assert.Contains(restored, a => (a.Address, a.Before, a.After) == ("name4@contoso-old.com", "name4@example.com", "name4@contoso-old.com"));
        Assert.Equal(60, _world.AuditOf(BulkItemAudit.AddressRemoved).Count);
        Assert.DoesNotContain(_world.Exchange.Log, l => l.Outcome.Status == BulkWriteStatus.Refused);
    }

    [Fact]
    public async Task A_throttled_removal_after_the_primary_is_back_is_finished_later_and_audited_once()
    {
        await _world.CreateSwitchRunAsync(1);
        Assert.Equal(BulkSliceKind.Finished, (await _world.DriveAsync()).Kind);
        await _world.FireAsync(BulkRunTrigger.Undo);
        var throttledOnce = false;
        _world.Exchange.Throttle = w => w.Kind == BulkWriteKind.RemoveSecondary && !throttledOnce && (throttledOnce = true)
            ? new BulkWriteOutcome(w.Key, BulkWriteStatus.Transient, "Busy.", TimeSpan.FromSeconds(5))
            : null;

        var first = await _world.Executor().RunSliceAsync(_world.RunId);

        Assert.Equal((BulkSliceKind.Backoff, TimeSpan.FromSeconds(5)), (first.Kind, first.Delay));
        Assert.Equal((BulkItemStatus.Done, 1), (_world.Items[0].Status, _world.Items[0].Attempts));
        Assert.Empty(_world.AuditOf(BulkItemAudit.PrimaryRestored));

        _world.Clock.Advance(first.Delay);
        await _world.DriveAsync();

        Assert.Equal(BulkItemStatus.Undone, _world.Items[0].Status);
        Assert.Equal("name1@contoso-old.com | ", _world.Exchange.Mailboxes["s1"].Snapshot());
        Assert.Single(_world.AuditOf(BulkItemAudit.PrimaryRestored));
        Assert.Single(_world.AuditOf(BulkItemAudit.AddressRemoved));
    }

    [Fact]
    public async Task A_mailbox_deleted_since_the_run_is_reported_as_an_undo_failure()
    {
        await _world.CreateAddRunAsync(3);
        Assert.Equal(BulkSliceKind.Finished, (await _world.DriveAsync()).Kind);
        _world.Exchange.DeleteMailbox("m2");
        await _world.FireAsync(BulkRunTrigger.Undo);

        await _world.DriveAsync();

        Assert.Equal([BulkItemStatus.Undone, BulkItemStatus.UndoFailed, BulkItemStatus.Undone], _world.Items.Select(i => i.Status));
        Assert.Contains("no longer exists", _world.Items[1].Reason, StringComparison.Ordinal);
        var failed = Assert.Single(_world.AuditOf(BulkItemAudit.UndoFailed));
        Assert.Equal(("user2@contoso-old.com", "Done", "UndoFailed"), (failed.Address, failed.Before, failed.After));
    }
}
