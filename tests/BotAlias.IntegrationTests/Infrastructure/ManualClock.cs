namespace BotAlias.IntegrationTests.Infrastructure;

/// <summary>
/// The host's clock, moved by the test. Only "now" is manual: timers and delays still run in real time, so the
/// outbox keeps polling while scheduled jobs become due as the test advances the clock.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _utcTicks, by.Ticks);
    }
}
