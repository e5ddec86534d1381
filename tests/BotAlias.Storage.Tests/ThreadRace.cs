namespace BotAlias.Storage.Tests;

/// <summary>
/// Runs racers on dedicated threads released together, like separate requests or processes:
/// SQLite calls block, and on a small thread pool the racers would otherwise run one after another.
/// </summary>
internal static class ThreadRace
{
    public static async Task<T[]> RunAsync<T>(int racers, Func<int, Task<T>> racer)
    {
        using var startLine = new Barrier(racers);
        var racing = Enumerable.Range(0, racers).Select(index => Task.Factory.StartNew(
            () =>
            {
                startLine.SignalAndWait(TimeSpan.FromSeconds(10));
                return racer(index).GetAwaiter().GetResult();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToList();
        return await Task.WhenAll(racing);
    }
}
