namespace BotAlias.Core.Directory;

/// <summary>
/// The directory did not answer within the retry budget (throttling, 5xx, timeouts). Whether a write
/// took effect is unknown; writes are idempotent and read back, so the caller may run it again.
/// </summary>
public sealed class DirectoryUnavailableException : Exception
{
    public DirectoryUnavailableException()
    {
    }

    public DirectoryUnavailableException(string message)
        : base(message)
    {
    }

    public DirectoryUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How long the service last asked to be left alone (its Retry-After), when it said; null otherwise.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
