using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Execution;
using static BotAlias.Core.Tests.Bulk.Execution.BulkWorld;

namespace BotAlias.Core.Tests.Bulk.Execution;

public sealed class BulkRunExecutorTests
{
    private readonly BulkWorld _world = new();

    [Fact]
    public async Task Ten_thousand_mailboxes_each_gain_their_address_once_with_one_audit_line_each()
    {
        await _world.CreateAddRunAsync(10_000);

        var last = await _world.DriveAsync();

        Assert.Equal(BulkSliceKind.Finished, last.Kind);
        Assert.Equal(BulkRunState.Completed, (await _world.RunAsync()).State);
        Assert.All(_world.Items, i => Assert.Equal(BulkItemStatus.Done, i.Status));
        Assert.Equal(10_000, _world.Exchange.Changes);
        Assert.Equal(10_000, _world.Exchange.Log.Count);
        Assert.All(_world.Exchange.Mailboxes.Values, m => Assert.Equal([A($"user{m.Id[1..]}@contoso-old.com")], m.Secondaries));
        var added = _world.AuditOf(BulkItemAudit.AddressAdded);
        Assert.Equal(10_000, added.Count);
        Assert.Equal(10_000, added.Select(a => a.Address).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(added, a => Assert.Equal(("botalias", "BotAlias", _world.RunId), (a.ActorId, a.ActorName, a.RequestId)));
        Assert.Equal(10_000 / 50, _world.Store.ItemUpdateCalls);
        // 5 ms per write on the fake clock: 50 s of writing in 20 s slices.
        Assert.Equal([BulkSliceKind.MoreToDo, BulkSliceKind.MoreToDo, BulkSliceKind.Finished], _world.Slices.Select(s => s.Kind));
        Assert.Equal(10_000, _world.Slices.Sum(s => s.Applied));
    }

    [Fact]
    public async Task A_slice_hands_back_when_its_time_is_up_and_reports_the_rate()
    {
        _world.Options = new BulkExecutionOptions { SliceDuration = TimeSpan.FromSeconds(1) };
        await _world.CreateAddRunAsync(1_000);

        var slice = await _world.Executor().RunSliceAsync(_world.RunId);

        Assert.Equal(BulkSliceKind.MoreToDo, slice.Kind);
        Assert.Equal(200, slice.Applied);
        Assert.Equal(TimeSpan.FromSeconds(1), slice.Elapsed);
        Assert.Equal(200, slice.ItemsPerSecond, precision: 6);
        Assert.Equal(200, slice.WritesPerSecond, precision: 6);
        Assert.Equal(200, _world.Count(BulkItemStatus.Done));
        Assert.Equal(800, _world.Count(BulkItemStatus.Pending));
    }

    [Theory]
    [InlineData(BulkRunState.DryRun)]
    [InlineData(BulkRunState.Approved)]
    [InlineData(BulkRunState.Paused)]
    [InlineData(BulkRunState.Completed)]
    [InlineData(BulkRunState.Cancelled)]
    [InlineData(BulkRunState.Undone)]
    public async Task A_run_that_is_not_running_or_undoing_is_left_alone(BulkRunState state)
    {
        await _world.CreateAddRunAsync(10, state);

        var slice = await _world.Executor().RunSliceAsync(_world.RunId);

        Assert.Equal(BulkSliceKind.Stopped, slice.Kind);
        Assert.Equal(state, slice.State);
        Assert.Equal(0, _world.Exchange.Calls);
        Assert.Equal(0, _world.Store.ItemUpdateCalls);
        Assert.All(_world.Items, i => Assert.Equal(BulkItemStatus.Pending, i.Status));
    }

    [Fact]
    public async Task An_unknown_run_is_stopped_without_a_state()
    {
        var slice = await _world.Executor().RunSliceAsync("BK-000000");

        Assert.Equal(BulkSliceKind.Stopped, slice.Kind);
        Assert.Null(slice.State);
        Assert.Equal(0, _world.Exchange.Calls);
    }

    [Fact]
    public async Task A_primary_switch_keeps_the_old_primary_and_audits_old_and_new()
    {
        await _world.CreateSwitchRunAsync(4);

        await _world.DriveAsync();

        Assert.All(_world.Items, i => Assert.Equal(BulkItemStatus.Done, i.Status));
        Assert.Equal("name1@example.com | name1@contoso-old.com", _world.Exchange.Mailboxes["s1"].Snapshot());
        Assert.Equal("name2@example.com | name2@contoso-old.com", _world.Exchange.Mailboxes["s2"].Snapshot());
        var switched = _world.AuditOf(BulkItemAudit.PrimarySwitched);
        Assert.Equal(4, switched.Count);
        Assert.Equal(("name3@example.com", "name3@contoso-old.com", "name3@example.com"), (switched[2].Address, switched[2].Before, switched[2].After));
        Assert.Contains("Name 3 (name3@example.com)", switched[2].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permanent_failures_are_recorded_with_reasons_and_retry_sends_only_them_again()
    {
        for (var i = 1; i <= 10; i++)
        {
            _world.Exchange.AddMailbox($"m{i}", $"user{i}@example.com", synced: i == 3);
        }

        _world.Exchange.DeleteMailbox("m5");
        _world.Exchange.AddOtherHolder("g-sales", "user7@contoso-old.com");
        var items = Enumerable.Range(1, 10).Select(i => Item(i, i == 9 ? "user9@example.org" : $"user{i}@contoso-old.com")).ToList();
        await _world.CreateRunAsync(BulkChangeKind.AddAddress, items);

        await _world.DriveAsync();

        var failed = _world.Items.Where(i => i.Status == BulkItemStatus.Failed).ToDictionary(i => i.Sequence, i => i.Reason);
        Assert.Equal([3, 5, 7, 9], failed.Keys.Order());
        Assert.Contains("synced from on-premises", failed[3], StringComparison.Ordinal);
        Assert.Contains("no longer exists", failed[5], StringComparison.Ordinal);
        Assert.Contains("already held by g-sales", failed[7], StringComparison.Ordinal);
        Assert.Contains("example.org is not an accepted domain", failed[9], StringComparison.Ordinal);
        var failures = _world.AuditOf(BulkItemAudit.ItemFailed);
        Assert.Equal(4, failures.Count);
        Assert.All(failures, a => Assert.Equal(("Pending", "Failed"), (a.Before, a.After)));
        Assert.Equal(BulkRunState.Completed, (await _world.RunAsync()).State);

        _world.Exchange.ReleaseOtherHolder("user7@contoso-old.com");
        var resets = BulkRetryPlanner.ResetFailed(_world.Items, _world.Clock.GetUtcNow());
        await _world.FireAsync(BulkRunTrigger.RetryFailed);
        await _world.Store.UpdateItemsAsync(_world.RunId, resets, []);
        await _world.DriveAsync();

        Assert.Equal([3, 5, 7, 9], resets.Select(r => r.Sequence));
        Assert.Equal(14, _world.Exchange.Log.Count);
        Assert.Equal(BulkItemStatus.Done, _world.Items[6].Status);
        Assert.Equal([3, 5, 9], _world.Items.Where(i => i.Status == BulkItemStatus.Failed).Select(i => i.Sequence));
        Assert.Equal(7, _world.AuditOf(BulkItemAudit.AddressAdded).Count);
        Assert.Equal(BulkRunState.Completed, (await _world.RunAsync()).State);
    }

    [Fact]
    public void Options_that_would_stall_or_spin_the_run_are_refused()
    {
        var store = new InMemoryBulkRunStore();
        var writer = new FakeExchangeWriter(new ManualTimeProvider(Start));

        Assert.Throws<ArgumentOutOfRangeException>(() => new BulkRunExecutor(store, writer, TimeProvider.System, new BulkExecutionOptions { BatchSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BulkRunExecutor(store, writer, TimeProvider.System, new BulkExecutionOptions { SliceDuration = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BulkRunExecutor(store, writer, TimeProvider.System, new BulkExecutionOptions { MaxTransientAttempts = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BulkRunExecutor(store, writer, TimeProvider.System, new BulkExecutionOptions { MaxBackoff = TimeSpan.FromMilliseconds(10) }));
    }
}
