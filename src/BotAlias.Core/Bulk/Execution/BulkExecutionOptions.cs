namespace BotAlias.Core.Bulk.Execution;

/// <summary>How hard and how long one slice of a bulk run pushes the directory.</summary>
public sealed record BulkExecutionOptions
{
    /// <summary>Items written, then stored with their audit, together; a restart repeats at most one batch.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>Throttled or unavailable answers an item may get before it is failed (Retry sends it again).</summary>
    public int MaxTransientAttempts { get; init; } = 8;

    /// <summary>How long one slice (one background job) works before handing back, so the job lease stays short.</summary>
    public TimeSpan SliceDuration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The wait after the first throttled batch when the service named none.</summary>
    public TimeSpan MinBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait this side chooses; a longer Retry-After from the service is still honoured.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <exception cref="ArgumentOutOfRangeException">A value would stall or spin the run.</exception>
    public void Validate()
    {
        if (BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "The batch size must be at least 1.");
        }

        if (MaxTransientAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTransientAttempts), MaxTransientAttempts, "At least one attempt is needed.");
        }

        if (SliceDuration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(SliceDuration), SliceDuration, "The slice duration must be positive.");
        }

        if (MinBackoff <= TimeSpan.Zero || MaxBackoff < MinBackoff)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBackoff), MaxBackoff, $"{nameof(MinBackoff)} ({MinBackoff}) must be positive and {nameof(MaxBackoff)} no shorter than it.");
        }
    }
}
