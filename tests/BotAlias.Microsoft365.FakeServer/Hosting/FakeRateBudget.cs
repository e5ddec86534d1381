using System.Diagnostics;

namespace BotAlias.Microsoft365.FakeServer.Hosting;

/// <summary>
/// A documented-limit mode: the tenant's request budget per service, as a token bucket (the model Graph documents
/// for identity and access: https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits).
/// A request over budget gets 429 with a Retry-After saying when the next one fits, as both services answer. The
/// fake serves one tenant, so the budget is that tenant's. Unlike <see cref="FaultInjector"/>'s scripted storms, it
/// throttles only a client that goes too fast.
/// </summary>
public sealed class FakeRateBudget
{
    private readonly Lock _gate = new();
    private readonly Dictionary<FakeService, Bucket> _buckets = [];
    private readonly Dictionary<FakeService, int> _throttled = [];

    /// <param name="requestsPerSecond">The sustained rate the service accepts.</param>
    /// <param name="burst">Requests accepted at once after a quiet spell; one second's worth by default.</param>
    public void Limit(FakeService service, double requestsPerSecond, int? burst = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(requestsPerSecond, 0);
        var capacity = burst ?? Math.Max(1, (int)Math.Ceiling(requestsPerSecond));
        lock (_gate)
        {
            _buckets[service] = new Bucket(requestsPerSecond, capacity);
        }
    }

    /// <summary>No limits, no counts.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _buckets.Clear();
            _throttled.Clear();
        }
    }

    /// <summary>How many requests to the service were answered 429 for going over budget.</summary>
    public int Throttled(FakeService service)
    {
        lock (_gate)
        {
            return _throttled.GetValueOrDefault(service);
        }
    }

    /// <summary>Null when the request fits the budget (and spends it); otherwise how long until one would.</summary>
    internal TimeSpan? TryTake(FakeService service)
    {
        lock (_gate)
        {
            if (!_buckets.TryGetValue(service, out var bucket))
            {
                return null;
            }

            var wait = bucket.TryTake(Stopwatch.GetTimestamp());
            if (wait is not null)
            {
                _throttled[service] = _throttled.GetValueOrDefault(service) + 1;
            }

            return wait;
        }
    }

    private sealed class Bucket(double rate, int capacity)
    {
        private double _tokens = capacity;
        private long _last = Stopwatch.GetTimestamp();

        public TimeSpan? TryTake(long now)
        {
            _tokens = Math.Min(capacity, _tokens + (Stopwatch.GetElapsedTime(_last, now).TotalSeconds * rate));
            _last = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return null;
            }

            return TimeSpan.FromSeconds((1 - _tokens) / rate);
        }
    }
}
