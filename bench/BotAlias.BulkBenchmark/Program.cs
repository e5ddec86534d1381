using BotAlias.BulkBenchmark;

// Issue 8: bulk-run throughput under the documented limits, with every address checked afterwards. The demo tenant
// runs the full size; Microsoft 365 (the adapter against the fake server) runs smaller at the documented pace, then
// again much faster than the fake's budget allows, to show the client riding out a 429 storm.
if (BulkBenchSettings.Parse(args, Console.Error) is not { } settings)
{
    return 2;
}

var workFolder = Path.Combine(Path.GetTempPath(), "botalias-bulk-bench", Guid.NewGuid().ToString("N"));
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var report = new BulkReport(Console.Out);
var results = new List<(BulkPassResult Result, string? Limits)>();
try
{
    async Task PassAsync(Func<Task<BenchDirectory>> start)
    {
        await using var directory = await start();
        Console.Error.WriteLine($"Running {directory.Name} ...");
        results.Add((await BulkPass.RunAsync(directory, workFolder, cancel.Token), directory.Limits));
    }

    await PassAsync(() => Task.FromResult(DemoTenantBench.Start(settings.Mailboxes, workFolder)));
    if (!settings.SkipMicrosoft365)
    {
        // The writer's documented defaults (Microsoft365BulkOptions) against a fake Exchange allowing exactly that.
        await PassAsync(() => Microsoft365Bench.StartAsync("m365 documented pace", settings.Microsoft365Mailboxes, writer: null, exchangeBudget: null));

        // The writer told to go faster than the fake allows: 429s with Retry-After, which the client must honour.
        // A small burst, so the budget bites from the start instead of a second's worth going through first.
        await PassAsync(() => Microsoft365Bench.StartAsync(
            "m365 429 storm", settings.Microsoft365Mailboxes, writer: (16, settings.StormWritesPerSecond), exchangeBudget: (settings.StormBudgetPerSecond, 10)));
    }
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
finally
{
    if (Directory.Exists(workFolder))
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(workFolder, recursive: true);
    }
}

Console.WriteLine();
Console.WriteLine($"Bulk run {BulkPass.Pattern} over everyone, batches of 50, slices of 5 s, back-offs waited out as the background job does. Peak WS is the process's so far.");
report.Header();
foreach (var (result, _) in results)
{
    report.Row(result);
}

Console.WriteLine();
foreach (var (result, limits) in results)
{
    report.Details(result, limits);
}

var passed = results.All(r => r.Result.Problems.Count == 0);
Console.WriteLine(passed ? "All checks passed." : "Some checks FAILED (see above).");
return passed ? 0 : 1;
