using System.Diagnostics;
using System.Globalization;

namespace BotAlias.Benchmarks;

/// <summary>A Stopwatch loop that finishes in seconds, for a quick figure; BenchmarkDotNet gives the careful one.</summary>
public static class QuickRun
{
    public static async Task<int> RunAsync(int recipients, int lookups)
    {
        var setup = Stopwatch.StartNew();
        using var workload = new LookupWorkload(recipients);
        await workload.VerifyAsync();
        Console.WriteLine($"Generated and loaded a demo tenant of {workload.Recipients:N0} recipients ({workload.Addresses:N0} addresses) in {setup.Elapsed.TotalSeconds:F1} s.");

        var hit = await MeasureAsync("FindHolder, held address", lookups, workload.FindHeldAsync);
        var miss = await MeasureAsync("FindHolder, free address", lookups, workload.FindFreeAsync);
        await MeasureAsync("SearchAddresses, 11 by prefix", lookups / 10, workload.SearchAsync);
        await MeasureAsync("Validate a typical address", lookups / 10, workload.ValidateTypicalAsync);

        var combined = 2.0 * lookups / (hit + miss).TotalSeconds;
        Console.WriteLine($"lookups/s: {combined.ToString("N0", CultureInfo.InvariantCulture)}");
        return 0;
    }

    private static async Task<TimeSpan> MeasureAsync<T>(string what, int count, Func<Task<T>> operation)
    {
        // Warm up so the JIT's tiers are done before the clock runs.
        for (var i = 0; i < Math.Min(count, 50_000); i++)
        {
            await operation();
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await operation();
        }

        clock.Stop();
        var perSecond = count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{what,-32} {count,12:N0} in {clock.Elapsed.TotalMilliseconds,8:F0} ms  {perSecond.ToString("N0", CultureInfo.InvariantCulture),14}/s");
        return clock.Elapsed;
    }
}
