using System.Diagnostics;
using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Execution;
using BotAlias.Core.Bulk.Planning;
using BotAlias.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace BotAlias.BulkBenchmark;

/// <summary>
/// One bulk run end to end as the bot does it: the dry run (read everyone and every address holder, plan
/// <c>{alias}@contoso-old.com</c>), the run stored in SQLite and moved through approval, then executor slices one
/// after another, waiting out each back-off as the background job does; afterwards the directory is read again to
/// check every address landed exactly once.
/// </summary>
internal static class BulkPass
{
    public const string Pattern = "{alias}@contoso-old.com";

    private static readonly BulkExecutionOptions Execution = new() { BatchSize = 50, SliceDuration = TimeSpan.FromSeconds(5) };

    public static async Task<BulkPassResult> RunAsync(BenchDirectory directory, string workFolder, CancellationToken cancellationToken)
    {
        var change = new BulkChangeSpec { Kind = BulkChangeKind.AddAddress, Pattern = Pattern };

        var clock = Stopwatch.StartNew();
        var before = await ToListAsync(directory.Reader.ListMailboxesAsync(cancellationToken), cancellationToken);
        var listMailboxes = clock.Elapsed;
        clock.Restart();
        var index = new BulkAddressIndex();
        await foreach (var holder in directory.Reader.ListAddressHoldersAsync(cancellationToken))
        {
            index.Add(holder);
        }

        var listHolders = clock.Elapsed;
        clock.Restart();
        var plan = BulkPlanner.Build(change, before, [], index);
        var planTime = clock.Elapsed;

        var databasePath = Path.Combine(workFolder, "db-" + Guid.NewGuid().ToString("N"), "botalias.db");
        var factory = new SqliteConnectionFactory(new SqliteStorageOptions { DatabasePath = databasePath });
        await new SqliteMigrator(factory).MigrateAsync(cancellationToken);
        var store = new TimedBulkRunStore(new SqliteBulkRunStore(factory));

        var now = DateTimeOffset.UtcNow;
        var run = new BulkRun
        {
            Id = BulkRunId.New(),
            TenantId = "bench",
            RequesterId = "bench-admin",
            RequesterName = "Benchmark",
            Audience = new BulkAudience { Kind = BulkAudienceKind.Everyone },
            Change = change,
            CreatedAt = now,
            UpdatedAt = now,
        };
        clock.Restart();
        (run, _) = await store.CreateAsync(run, plan.Items, Audit(run, "bulk.planned"), cancellationToken);
        var storeCreate = clock.Elapsed;
        foreach (var trigger in new[] { BulkRunTrigger.Submit, BulkRunTrigger.Approve, BulkRunTrigger.Start })
        {
            run = await MoveAsync(store, run, trigger, cancellationToken);
        }

        var executor = new BulkRunExecutor(store, directory.Writer, TimeProvider.System, Execution);
        var problems = new List<string>();
        int slices = 0, backoffs = 0, settled = 0, writes = 0;
        var waited = TimeSpan.Zero;
        directory.StartLimits();
        store.Reset();
        clock.Restart();
        while (true)
        {
            var slice = await executor.RunSliceAsync(run.Id, cancellationToken);
            slices++;
            settled += slice.Applied + slice.Failed;
            writes += slice.Writes;
            if (slice.Kind == BulkSliceKind.Backoff)
            {
                backoffs++;
                waited += slice.Delay;
                await Task.Delay(slice.Delay, cancellationToken);
            }
            else if (slice.Kind == BulkSliceKind.Finished)
            {
                run = await MoveAsync(store, (await store.FindAsync(run.Id, cancellationToken))!, BulkRunTrigger.Complete, cancellationToken);
                break;
            }
            else if (slice.Kind == BulkSliceKind.Stopped)
            {
                problems.Add($"The run stopped on its own in state {slice.State}.");
                break;
            }
        }

        var runTime = clock.Elapsed;
        var storeDuringRun = store.Elapsed;
        directory.StopLimits();

        var counts = await store.CountAsync(run.Id, cancellationToken);
        var items = await store.ListItemsAsync(run.Id, null, 0, int.MaxValue, cancellationToken);
        var after = await ToListAsync(directory.Reader.ListMailboxesAsync(cancellationToken), cancellationToken);
        problems.AddRange(BulkCorrectness.Check(plan.Items, items, before, after));
        SqliteConnection.ClearAllPools();

        using var process = Process.GetCurrentProcess();
        return new BulkPassResult
        {
            Directory = directory.Name,
            Mailboxes = before.Count,
            Planned = plan.Counts,
            ListMailboxes = listMailboxes,
            ListHolders = listHolders,
            Plan = planTime,
            StoreCreate = storeCreate,
            Run = runTime,
            StoreDuringRun = storeDuringRun,
            Done = counts[BulkItemStatus.Done],
            Failed = counts[BulkItemStatus.Failed],
            Settled = settled,
            Writes = writes,
            Slices = slices,
            Backoffs = backoffs,
            BackoffWaited = waited,
            Throttled = directory.Throttled(),
            PeakWorkingSetBytes = process.PeakWorkingSet64,
            Problems = problems,
        };
    }

    private static async Task<BulkRun> MoveAsync(TimedBulkRunStore store, BulkRun run, BulkRunTrigger trigger, CancellationToken cancellationToken)
    {
        var next = run.Fire(trigger, DateTimeOffset.UtcNow);
        if (!await store.UpdateAsync(next, run.Version, [Audit(next, "bulk." + trigger.ToString().ToLowerInvariant())], [], cancellationToken))
        {
            throw new InvalidOperationException($"Run {run.Id} changed under the benchmark while moving it to {next.State}.");
        }

        return next;
    }

    private static AuditEntry Audit(BulkRun run, string action) => new()
    {
        At = run.UpdatedAt,
        ActorId = run.RequesterId,
        ActorName = run.RequesterName,
        Action = action,
        RequestId = run.Id,
        After = run.State.ToString(),
    };

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }
}
