using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Execution;

namespace BotAlias.Core.Tests.Bulk.Execution;

public sealed class BulkInterruptionTests
{
    private readonly BulkWorld _world = new();

    [Fact]
    public async Task Pause_stops_after_the_batch_in_flight_is_stored_and_resume_finishes_the_rest_once()
    {
        await _world.CreateAddRunAsync(500);
        _world.Exchange.AfterApplying = call => call == 3 ? _world.FireAsync(BulkRunTrigger.Pause) : Task.CompletedTask;

        var paused = await _world.Executor().RunSliceAsync(_world.RunId);

        Assert.Equal((BulkSliceKind.Stopped, BulkRunState.Paused, 150), (paused.Kind, paused.State, paused.Applied));
        Assert.Equal(150, _world.Count(BulkItemStatus.Done));
        Assert.Equal(150, _world.AuditOf(BulkItemAudit.AddressAdded).Count);
        Assert.Equal(150, _world.Exchange.Changes);

        var whilePaused = await _world.Executor().RunSliceAsync(_world.RunId);
        Assert.Equal(BulkSliceKind.Stopped, whilePaused.Kind);
        Assert.Equal(3, _world.Exchange.Calls);

        await _world.FireAsync(BulkRunTrigger.Resume);
        await _world.DriveAsync();

        Assert.All(_world.Items, i => Assert.Equal(BulkItemStatus.Done, i.Status));
        Assert.Equal(500, _world.Exchange.Changes);
        Assert.Equal(500, _world.Exchange.Log.Count);
        Assert.Equal(500, _world.AuditOf(BulkItemAudit.AddressAdded).Count);
        Assert.Equal(BulkRunState.Completed, (await _world.RunAsync()).State);
    }

    [Fact]
    public async Task Cancel_stops_after_the_batch_in_flight_and_undo_then_removes_only_what_was_done()
    {
        await _world.CreateAddRunAsync(300);
        var before = _world.Exchange.Snapshot();
        _world.Exchange.AfterApplying = call => call == 2 ? _world.FireAsync(BulkRunTrigger.Cancel) : Task.CompletedTask;

        var cancelled = await _world.DriveAsync();

        Assert.Equal((BulkSliceKind.Stopped, BulkRunState.Cancelled), (cancelled.Kind, cancelled.State));
        Assert.Equal(100, _world.Count(BulkItemStatus.Done));
        Assert.Equal(200, _world.Count(BulkItemStatus.Pending));
        Assert.Equal(100, _world.Exchange.Changes);

        _world.Exchange.AfterApplying = null;
        await _world.FireAsync(BulkRunTrigger.Undo);
        await _world.DriveAsync();

        Assert.Equal(100, _world.Count(BulkItemStatus.Undone));
        Assert.Equal(200, _world.Count(BulkItemStatus.Pending));
        Assert.Equal(before, _world.Exchange.Snapshot());
        Assert.Equal(100, _world.AuditOf(BulkItemAudit.AddressRemoved).Count);
    }

    [Fact]
    public async Task A_restart_after_the_directory_took_a_batch_but_before_it_was_recorded_lands_that_batch_once()
    {
        await _world.CreateAddRunAsync(500);
        _world.Exchange.CrashOnCall = 3;

        await Assert.ThrowsAsync<SimulatedCrashException>(() => _world.DriveAsync());

        Assert.Equal(100, _world.Count(BulkItemStatus.Done));
        Assert.Equal(150, _world.Exchange.Changes);
        Assert.Equal(100, _world.AuditOf(BulkItemAudit.AddressAdded).Count);

        _world.Exchange.CrashOnCall = 0;
        var last = await _world.DriveAsync(_world.Executor());

        Assert.Equal(BulkSliceKind.Finished, last.Kind);
        Assert.All(_world.Items, i => Assert.Equal(BulkItemStatus.Done, i.Status));
        Assert.Equal(550, _world.Exchange.Log.Count);
        Assert.Equal(500, _world.Exchange.Changes);
        Assert.All(_world.Exchange.Mailboxes.Values, m => Assert.Single(m.Secondaries));
        var added = _world.AuditOf(BulkItemAudit.AddressAdded);
        Assert.Equal(500, added.Count);
        Assert.Equal(500, added.Select(a => a.Address).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task Stopping_the_host_mid_batch_still_records_the_batch_the_directory_took()
    {
        await _world.CreateAddRunAsync(200);
        using var shutdown = new CancellationTokenSource();
        _world.Exchange.AfterApplying = async call =>
        {
            if (call == 2)
            {
                await shutdown.CancelAsync();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _world.Executor().RunSliceAsync(_world.RunId, shutdown.Token));

        Assert.Equal(100, _world.Count(BulkItemStatus.Done));
        Assert.Equal(100, _world.AuditOf(BulkItemAudit.AddressAdded).Count);
        Assert.Equal(100, _world.Exchange.Changes);

        _world.Exchange.AfterApplying = null;
        await _world.DriveAsync();

        Assert.All(_world.Items, i => Assert.Equal(BulkItemStatus.Done, i.Status));
        Assert.Equal(200, _world.Exchange.Log.Count);
        Assert.Equal(200, _world.AuditOf(BulkItemAudit.AddressAdded).Count);
    }
}
