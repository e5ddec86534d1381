using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BotAlias.Core.Directory;
using BotAlias.Core.Validation;

namespace BotAlias.Benchmarks;

/// <summary>Who-holds lookups, prefix searches and address validation over a generated tenant of 100,000 recipients.</summary>
[Config(typeof(Settings))]
[MemoryDiagnoser]
public class DirectoryLookupBenchmarks : IDisposable
{
    private LookupWorkload _workload = null!;

    [Params(100_000)]
    public int Recipients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = new LookupWorkload(Recipients);
        _workload.VerifyAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _workload?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "FindHolder, held address")]
    public Task<AddressHolder?> FindHolderHit() => _workload.FindHeldAsync();

    [Benchmark(Description = "FindHolder, free address")]
    public Task<AddressHolder?> FindHolderMiss() => _workload.FindFreeAsync();

    [Benchmark(Description = "SearchAddresses, 11 by prefix")]
    public Task<IReadOnlyList<AddressHolder>> SearchByPrefix() => _workload.SearchAsync();

    [Benchmark(Description = "Validate a typical address")]
    public Task<AddressValidationResult> ValidateTypicalAddress() => _workload.ValidateTypicalAsync();

    // In process: the generated tenant is built once, and no child project is generated and built under the
    // repository's strict build settings.
    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10));
            AddColumn(new LookupsPerSecondColumn());
            // Next to the build output, not in whatever folder the run started from.
            WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        }
    }
}
