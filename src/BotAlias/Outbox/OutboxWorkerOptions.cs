namespace BotAlias.Outbox;

public sealed class OutboxWorkerOptions
{
    public const string Section = "Outbox";

    /// <summary>False stops this instance from running queued work (it still queues it), e.g. to run workers elsewhere.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a worker owns a message before another may take it over (a crash leaves it to expire).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Messages run at the same time. Most work waits on the network (Teams, Graph, Exchange), so a few at once keep
    /// a burst of requests from queuing behind each other; messages of one request never run together (their lane).
    /// </summary>
    public int Concurrency { get; set; } = 4;

    public int MaxAttempts { get; set; } = 8;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);
}
