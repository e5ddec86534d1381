namespace BotAlias.Storage.Sqlite;

/// <summary>A loop started on first use, on the thread pool, and awaited when its owner closes.</summary>
internal sealed class BackgroundLoop
{
    private readonly Lock _startLock = new();
    private Task? _loop;

    /// <summary>Starts <paramref name="run"/> unless it runs already (or ran).</summary>
    public void EnsureStarted(Func<Task> run)
    {
        if (Volatile.Read(ref _loop) is not null)
        {
            return;
        }

        lock (_startLock)
        {
            if (_loop is null)
            {
                // The loop must not carry the first caller's ambient state (log scopes, activities) forever.
                using (ExecutionContext.SuppressFlow())
                {
                    _loop = Task.Run(run);
                }
            }
        }
    }

    /// <summary>Completes when the loop has ended (its owner has told it to end), at once if it never started.</summary>
    public Task EndedAsync()
    {
        lock (_startLock)
        {
            return _loop ?? Task.CompletedTask;
        }
    }
}
