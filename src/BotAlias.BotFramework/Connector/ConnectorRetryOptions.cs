namespace BotAlias.BotFramework.Connector;

public sealed class ConnectorRetryOptions
{
    public int MaxRetryAttempts { get; set; } = 4;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A Retry-After longer than this is not waited for inside one call.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
