using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Execution;

namespace BotAlias.Core.Tests.Bulk.Execution;

public sealed class BulkThrottlingTests
{
    private readonly BulkWorld _world = new();

    [Fact]
    public async Task A_throttling_storm_ends_with_every_mailbox_done_after_waiting_as_long_as_the_service_asked()
    {
        await _world.CreateAddRunAsync(2_000);
        var stormEnds = BulkWorld.Start.AddSeconds(60);
        var count = 0;
        // Nine writes in ten throttled for the first minute.
        _world.Exchange.Throttle = w => _world.Clock.GetUtcNow() < stormEnds && count++ % 10 != 0
            ? new BulkWriteOutcome(w.Key, BulkWriteStatus.Transient, "Exchange is throttling this tenant.", TimeSpan.FromSeconds(10))
            : null;

        var last = await _world.DriveAsync();

        Assert.Equal(BulkSliceKind.Finished, last.Kind);
        Assert.All(_world.Items, i => Assert.Equal(BulkItemStatus.Done, i.Status));
        Assert.Equal(2_000, _world.Exchange.Changes);
        Assert.Equal(2_000, _world.AuditOf(BulkItemAudit.AddressAdded).Count);
        Assert.Empty(_world.AuditOf(BulkItemAudit.ItemFailed));
        var backoffs = _world.Slices.Where(s => s.Kind == BulkSliceKind.Backoff).ToList();
        Assert.InRange(backoffs.Count, 5, 7);
        Assert.All(backoffs, b => Assert.Equal(TimeSpan.FromSeconds(10), b.Delay));
        Assert.True(_world.Slices.Sum(s => s.Deferred) > 250);
        // No write was made within the ten seconds the service asked for after a throttled answer.
        var throttled = _world.Exchange.Log.Where(l => l.Outcome.Status == BulkWriteStatus.Transient).Select(l => l.At).ToList();
        var calls = _world.Exchange.Log.Select(l => l.At).ToList();
        Assert.All(throttled, t => Assert.DoesNotContain(calls, c => c > t.AddSeconds(0.3) && c < t.AddSeconds(10)));
    }

    [Fact]
    public async Task The_largest_retry_after_in_a_batch_is_the_wait()
    {
        await _world.CreateAddRunAsync(3);
        var once = new HashSet<string>();
        _world.Exchange.Throttle = w => once.Add(w.Key)
            ? new BulkWriteOutcome(w.Key, BulkWriteStatus.Transient, "Busy.", TimeSpan.FromSeconds(w.Key == "2" ? 30 : 3))
            : null;

        var slice = await _world.Executor().RunSliceAsync(_world.RunId);

        Assert.Equal(BulkSliceKind.Backoff, slice.Kind);
        Assert.Equal(TimeSpan.FromSeconds(30), slice.Delay);
        Assert.Equal(3, slice.Deferred);
        Assert.All(_world.Items, i => Assert.Equal((BulkItemStatus.Pending, 1), (i.Status, i.Attempts)));
        Assert.Equal(["bulk.planned"], _world.Store.Audit.Select(a => a.Action));
    }

    [Fact]
    public async Task Without_retry_after_the_wait_doubles_up_to_the_cap_and_the_item_fails_after_too_many_tries()
    {
        await _world.CreateAddRunAsync(2);
        _world.Exchange.Throttle = w => new BulkWriteOutcome(w.Key, BulkWriteStatus.Transient, "The service is unavailable.");

        await _world.DriveAsync();

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], _world.Slices.Where(s => s.Kind == BulkSliceKind.Backoff).Select(s => (int)s.Delay.TotalSeconds));
        Assert.All(_world.Items, i => Assert.Equal(
            (BulkItemStatus.Failed, "Kept being throttled or unavailable after 8 tries: The service is unavailable.", 8),
            (i.Status, i.Reason, i.Attempts)));
        Assert.Equal(2, _world.AuditOf(BulkItemAudit.ItemFailed).Count);
        Assert.Equal(BulkRunState.Completed, (await _world.RunAsync()).State);
        Assert.Equal(0, _world.Exchange.Changes);
    }
}
