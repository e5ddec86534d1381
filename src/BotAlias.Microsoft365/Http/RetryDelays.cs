namespace BotAlias.Microsoft365.Http;

/// <summary>The waits between attempts, shared by the HTTP retry handler and Graph's per-sub-request batch retry.</summary>
public static class RetryDelays
{
    /// <summary>
    /// Exponential back-off with jitter for an attempt (0 for the wait after the first failure): the base delay
    /// doubled per attempt, capped, then scaled by a random 50-100 % so many clients do not retry in step.
    /// </summary>
    public static TimeSpan Backoff(Microsoft365RetryOptions options, int attempt)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter, not security: a predictable spread is harmless.
        var jitter = 0.5 + (Random.Shared.NextDouble() * 0.5);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(capped * jitter);
    }

    /// <summary>Whether a status is worth another attempt: throttled, or a gateway or service hiccup.</summary>
    public static bool IsTransient(int statusCode) => statusCode is 429 or 502 or 503 or 504;
}
