namespace BotAlias.Microsoft365.Tests.Http;

/// <summary>
/// A clock that jumps instead of waiting: every timer fires at once and moves the clock forward by its due time,
/// so a 2.128-second Retry-After costs no real time but still counts against the retry budget. Records each wait.
/// </summary>
public sealed class SkippingTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _waits = [];
    private TimeSpan _offset;

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return [.. _waits];
            }
        }
    }

    public TimeSpan Offset
    {
        get
        {
            lock (_gate)
            {
                return _offset;
            }
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _offset += by;
        }
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override long GetTimestamp() =>
        System.GetTimestamp() + (long)(Offset.Ticks * (double)TimestampFrequency / TimeSpan.TicksPerSecond);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new JumpingTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Fire(TimeSpan dueTime, TimerCallback callback, object? state)
    {
        lock (_gate)
        {
            _waits.Add(dueTime);
            _offset += dueTime;
        }

        ThreadPool.QueueUserWorkItem(_ => callback(state));
    }

    private sealed class JumpingTimer(SkippingTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _fired;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_fired || dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            _fired = true;
            owner.Fire(dueTime, callback, state);
            return true;
        }

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
