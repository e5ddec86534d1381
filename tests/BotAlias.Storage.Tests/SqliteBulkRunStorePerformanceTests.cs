using System.Diagnostics;
using BotAlias.Core.Bulk;
using BotAlias.Storage.Sqlite;
using Xunit.Abstractions;

namespace BotAlias.Storage.Tests;

/// <summary>
/// The sizes issue 8 asks for (10,000 mailboxes per run), written the way the executor writes them. Times are
/// printed, not asserted: CI machines vary too much for a threshold to mean anything.
/// </summary>
public sealed class SqliteBulkRunStorePerformanceTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Ten_thousand_items_are_created_then_updated_in_two_hundred_batches_of_fifty_with_their_audit_lines()
    {
        var factory = await _database.CreateMigratedAsync();
        var store = new SqliteBulkRunStore(factory);
        var run = SampleBulkRuns.New("BK-PERF01", Start) with { State = BulkRunState.Running };
        var items = SampleBulkRuns.PendingItems(10_000);

        var create = Stopwatch.StartNew();
        Assert.True((await store.CreateAsync(run, items, SampleBulkRuns.Created(run))).Created);
        create.Stop();

        var update = Stopwatch.StartNew();
        var batches = 0;
        var after = 0;
        while (true)
        {
            // As the executor does: the next pending batch, then its outcomes and audit lines in one write.
            var batch = await store.ListItemsAsync(run.Id, [BulkItemStatus.Pending], after, limit: 50);
            if (batch.Count == 0)
            {
                break;
            }

            var at = Start.AddSeconds(batches);
            await store.UpdateItemsAsync(
                run.Id,
                batch.Select(item => new BulkItemUpdate(item.Sequence, BulkItemStatus.Done, null, 0, at)).ToList(),
                batch.Select(item => SampleBulkRuns.ItemApplied(run.Id, item, at)).ToList());
            after = batch[^1].Sequence;
            batches++;
        }

        update.Stop();

        var count = Stopwatch.StartNew();
        var counts = await store.CountAsync(run.Id);
        count.Stop();

        output.WriteLine($"create with 10,000 items: {create.ElapsedMilliseconds} ms");
        output.WriteLine($"{batches} batches of 50 (list + update + 50 audit lines): {update.ElapsedMilliseconds} ms, {update.Elapsed.TotalMilliseconds / batches:F2} ms a batch");
        output.WriteLine($"count by status: {count.Elapsed.TotalMilliseconds:F2} ms");
        Assert.Equal(200, batches);
        Assert.Equal(10_000, counts[BulkItemStatus.Done]);
        Assert.Equal(10_000, counts.Total);
        Assert.Equal(10_001, (await new SqliteAuditLog(factory).ListForRequestAsync(run.Id)).Count);
    }
}
