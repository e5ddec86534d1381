using BotAlias.Storage.Sqlite;

namespace BotAlias.Storage.Tests;

/// <summary>The flush of the WAL that flushed writes wait for, beside the write queue (<see cref="SqliteWalFlusher"/>).</summary>
public sealed class SqliteWalFlusherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_write_hears_only_after_a_flush_that_began_after_its_commit_has_ended()
    {
        var flushes = new HeldFlushes();
        await using var flusher = new SqliteWalFlusher(flushes.FlushAsync);
        try
        {
            await FlushInTurnsAsync(flusher, flushes);
        }
        finally
        {
            flushes.EndAll();
        }
    }

    private static async Task FlushInTurnsAsync(SqliteWalFlusher flusher, HeldFlushes flushes)
    {
        var first = Committed();
        flusher.Add(first);
        await flushes.WaitForStartAsync(1);

        // Committed while the first flush runs: that flush may have begun before these pages were written.
        var second = Committed();
        var third = Committed();
        flusher.Add(second);
        flusher.Add(third);
        await Task.Delay(50);
        Assert.False(first.Task.IsCompleted);

        flushes.End(0);
        Assert.Equal(1, await first.Task.WaitAsync(Patience));
        await flushes.WaitForStartAsync(2);
        Assert.False(second.Task.IsCompleted);
        Assert.False(third.Task.IsCompleted);

        flushes.End(1);
        await Task.WhenAll(second.Task, third.Task).WaitAsync(Patience);
        Assert.Equal(2, flushes.Started);
    }

    [Fact]
    public async Task A_failed_flush_fails_its_writes_with_a_clear_message_and_the_next_flush_serves_later_writes()
    {
        var attempt = 0;
        await using var flusher = new SqliteWalFlusher(_ => Interlocked.Increment(ref attempt) == 1
            ? Task.FromException(new IOException("No space left on device"))
            : Task.CompletedTask);

        var failed = Committed();
        flusher.Add(failed);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => failed.Task.WaitAsync(Patience));
        Assert.Equal("The write was saved, but flushing it to the disk failed: No space left on device", failure.Message);

        var later = Committed();
        flusher.Add(later);
        Assert.Equal(1, await later.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task Closing_flushes_for_the_writes_still_waiting_and_refuses_new_ones()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var flusher = new SqliteWalFlusher(_ => release.Task);
        var waiting = Committed();
        flusher.Add(waiting);

        var closing = flusher.DisposeAsync().AsTask();
        var late = Committed();
        flusher.Add(late);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => late.Task.WaitAsync(Patience));
        Assert.Equal("The write was saved, but the database closed before it was flushed to the disk.", refused.Message);

        release.SetResult();
        await closing.WaitAsync(Patience);
        Assert.Equal(1, await waiting.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task Flushing_the_wal_of_a_real_database_lets_a_flushed_write_through_and_a_missing_wal_is_no_error()
    {
        using var database = new TemporaryDatabase();
        await using (var factory = database.CreateConnectionFactory())
        {
            var written = await factory.WriteAsync(
                async (write, token) =>
                {
                    await using var command = write.Connection.CreateCommand();
                    command.Transaction = write.Transaction;
                    command.CommandText = "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (42); SELECT x FROM t;";
                    return (long)(await command.ExecuteScalarAsync(token))!;
                },
                SqliteDurability.Flushed);
            Assert.Equal(42, written);
        }

        await using var flusher = SqliteWalFlusher.ForFile(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.db-wal"));
        var write = Committed();
        flusher.Add(write);
        Assert.Equal(1, await write.Task.WaitAsync(Patience));
    }

    /// <summary>A write already run and committed, whose result is 1.</summary>
    private static QueuedWrite<int> Committed()
    {
        var write = new QueuedWrite<int>((_, _) => Task.FromResult(1), SqliteDurability.Flushed, CancellationToken.None);
        write.RunAsync(null!).GetAwaiter().GetResult();
        return write;
    }

    /// <summary>Flushes that end when the test says so, and all at once at its end, so a failing test cannot hang.</summary>
    private sealed class HeldFlushes
    {
        private readonly List<TaskCompletionSource> _flushes = [];
        private bool _released;

        public int Started
        {
            get
            {
                lock (_flushes)
                {
                    return _flushes.Count;
                }
            }
        }

        public Task FlushAsync(CancellationToken cancellationToken)
        {
            var flush = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_flushes)
            {
                _flushes.Add(flush);
                if (_released)
                {
                    flush.SetResult();
                }
            }

            return flush.Task;
        }

        public async Task WaitForStartAsync(int count)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Started < count)
            {
                Assert.True(waited.Elapsed < Patience, $"Flush {count} did not start.");
                await Task.Delay(5);
            }
        }

        public void End(int index)
        {
            lock (_flushes)
            {
                _flushes[index].SetResult();
            }
        }

        public void EndAll()
        {
            lock (_flushes)
            {
                _released = true;
                foreach (var flush in _flushes)
                {
                    flush.TrySetResult();
                }
            }
        }
    }
}
