using BotAlias.Core.Bulk;

namespace BotAlias.BulkBenchmark;

/// <summary>One directory a pass runs against, with the hooks a rate-limited one needs around the run.</summary>
internal sealed class BenchDirectory(string name, IBulkDirectoryReader reader, IBulkAddressWriter writer, Func<ValueTask> dispose) : IAsyncDisposable
{
    public string Name { get; } = name;

    public IBulkDirectoryReader Reader { get; } = reader;

    public IBulkAddressWriter Writer { get; } = writer;

    /// <summary>The pace and the limits the run meets, printed under the figures.</summary>
    public string? Limits { get; init; }

    /// <summary>Puts the service's limits in force for the writes (planning reads are not what the limits are about).</summary>
    public Action StartLimits { get; init; } = () => { };

    /// <summary>Lifts the limits again so checking the result afterwards is not throttled.</summary>
    public Action StopLimits { get; init; } = () => { };

    /// <summary>Requests the service answered 429; null when it has no limits.</summary>
    public Func<int?> Throttled { get; init; } = () => null;

    public ValueTask DisposeAsync() => dispose();
}
