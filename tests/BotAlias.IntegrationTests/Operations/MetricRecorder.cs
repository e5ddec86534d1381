using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.Operations;

/// <summary>
/// Listens to one host's meters the way dotnet-counters does, through a <see cref="MeterListener"/>.
/// Only instruments from that host's <see cref="IMeterFactory"/> are heard, so hosts of tests running
/// in parallel do not count into each other.
/// </summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public MetricRecorder(IServiceProvider hostServices)
    {
        var factory = hostServices.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<Measurement> Measurements => [.. _measurements];

    /// <summary>The sum of the values of <paramref name="instrument"/> whose tags include every one of <paramref name="tags"/>.</summary>
    public double Sum(string meter, string instrument, params (string Key, object Value)[] tags) =>
        Matching(meter, instrument, tags).Sum(m => m.Value);

    public IReadOnlyList<Measurement> Matching(string meter, string instrument, params (string Key, object Value)[] tags) =>
        [.. _measurements.Where(m => m.Meter == meter && m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value)))];

    /// <summary>Waits until the sum reaches <paramref name="atLeast"/>: the outbox records from its own thread.</summary>
    public async Task<double> WaitForSumAsync(double atLeast, string meter, string instrument, params (string Key, object Value)[] tags)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var sum = Sum(meter, instrument, tags);
            if (sum >= atLeast)
            {
                return sum;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{meter}/{instrument} {string.Join(",", tags)} reached {sum}, never {atLeast}. Heard: {Describe()}");
            await Task.Delay(25);
        }
    }

    public string Describe() => string.Join(" | ", _measurements.Select(m => $"{m.Instrument}={m.Value} [{string.Join(",", m.Tags.Select(t => $"{t.Key}={t.Value}"))}]"));

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new Measurement(instrument.Meter.Name, instrument.Name, value, copy));
    }

    public sealed record Measurement(string Meter, string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
