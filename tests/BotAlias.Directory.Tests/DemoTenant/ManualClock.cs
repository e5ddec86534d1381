namespace BotAlias.Directory.Tests.DemoTenant;

/// <summary>A clock the test sets, so recorded times can be asserted exactly.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
