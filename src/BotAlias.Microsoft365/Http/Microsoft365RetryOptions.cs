namespace BotAlias.Microsoft365.Http;

/// <summary>
/// How hard one call to Graph or Exchange tries before the directory counts as unavailable. Throttling waits
/// (Retry-After) and back-off both count against <see cref="TotalBudget"/>: a caller never waits longer than that.
/// </summary>
public sealed class Microsoft365RetryOptions
{
    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first back-off when the service gave no Retry-After; it doubles on each attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single back-off. A Retry-After longer than this is still honoured, within the budget.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Each attempt's limit; an attempt that takes longer counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>All attempts and waits of one call together.</summary>
    public TimeSpan TotalBudget { get; set; } = TimeSpan.FromMinutes(2);

    /// <exception cref="ArgumentOutOfRangeException">A value that would make the retry loop meaningless.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseDelay, TimeSpan.Zero, nameof(BaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, BaseDelay, nameof(MaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AttemptTimeout, TimeSpan.Zero, nameof(AttemptTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(TotalBudget, TimeSpan.Zero, nameof(TotalBudget));
    }
}
