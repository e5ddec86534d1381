// Run from the repository root:
//   dotnet run -c Release --project bench/BotAlias.Benchmarks -- --quick    seconds; prints "lookups/s: X"
//   dotnet run -c Release --project bench/BotAlias.Benchmarks -- --submit-store   seconds; the storage side of alias submits
//   dotnet run -c Release --project bench/BotAlias.Benchmarks               BenchmarkDotNet, a few minutes
using System.Globalization;
using BenchmarkDotNet.Running;
using BotAlias.Benchmarks;

// --quick [--recipients N] [--lookups N]: a Stopwatch loop in seconds. Anything else goes to BenchmarkDotNet.
if (args.Contains("--quick", StringComparer.Ordinal))
{
    return await QuickRun.RunAsync(Option(args, "--recipients", 100_000), Option(args, "--lookups", 2_000_000));
}

// --submit-store [--callers N] [--submits N]: the look-ups and write of an alias submit on an SQLite file, many at once.
if (args.Contains("--submit-store", StringComparer.Ordinal))
{
    return await SubmitStoreRun.RunAsync(Option(args, "--callers", 50), Option(args, "--submits", 40_000));
}

BenchmarkSwitcher.FromAssembly(typeof(DirectoryLookupBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
return 0;

static int Option(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    if (at < 0)
    {
        return fallback;
    }

    if (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
    {
        throw new ArgumentException($"{name} needs a positive whole number after it.");
    }

    return value;
}
