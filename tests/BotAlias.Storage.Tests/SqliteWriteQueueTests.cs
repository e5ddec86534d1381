using BotAlias.Storage.Sqlite;
using Dapper;

namespace BotAlias.Storage.Tests;

/// <summary>The one write queue every store writes through (<see cref="SqliteConnectionFactory.WriteAsync{T}(Func{SqliteWrite, CancellationToken, Task{T}}, CancellationToken)"/>).</summary>
public sealed class SqliteWriteQueueTests : IAsyncLifetime
{
    private readonly TemporaryDatabase _database = new();
    private SqliteConnectionFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = _database.CreateConnectionFactory();
        await _factory.WriteAsync((write, token) => write.Connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);", transaction: write.Transaction, cancellationToken: token)));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_write_that_fails_leaves_nothing_and_the_writes_committed_with_it_stay()
    {
        // The first write holds the queue, so the next twenty wait together and go into one transaction.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _factory.WriteAsync(async (write, token) =>
        {
            await release.Task;
            return await InsertAsync(write, "first", token);
        });
        var others = Enumerable.Range(0, 20).Select(i => _factory.WriteAsync(async (write, token) =>
        {
            await InsertAsync(write, $"note {i}", token);
            if (i == 7)
            {
                await InsertAsync(write, "half of a failed write", token);
                throw new InvalidOperationException("write 7 gives up");
            }

            return i;
        })).ToList();
        release.SetResult();

        await first;
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => others[7]);
        Assert.Equal("write 7 gives up", failure.Message);
        foreach (var (write, i) in others.Select((w, i) => (w, i)).Where(pair => pair.i != 7))
        {
            Assert.Equal(i, await write);
        }

        var texts = await ReadTextsAsync();
        Assert.Equal(20, texts.Count);
        Assert.DoesNotContain("note 7", texts);
        Assert.DoesNotContain("half of a failed write", texts);
    }

    [Fact]
    public async Task Writes_waiting_together_are_committed_together_and_their_callers_hear_after_the_commit()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = _factory.WriteAsync(async (write, token) =>
        {
            started.SetResult();
            await release.Task;
            return await InsertAsync(write, "blocker", token);
        });
        await started.Task;

        // Each write counts what another connection sees: the blocker's committed row, and none of the batch yet.
        var seenOutside = Enumerable.Range(0, 5).Select(i => _factory.WriteAsync(async (write, token) =>
        {
            await InsertAsync(write, $"batched {i}", token);
            await using var reader = await _factory.OpenAsync(token);
            return await reader.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM notes;");
        })).ToList();
        release.SetResult();
        await blocker;

        Assert.All(await Task.WhenAll(seenOutside), count => Assert.Equal(1, count));
        Assert.Equal(6, (await ReadTextsAsync()).Count);
    }

    [Fact]
    public async Task The_writer_keeps_its_savepoints_in_memory_not_in_a_temporary_file()
    {
        // 2 = MEMORY. A file-backed statement journal doubled the bytes written per batch (bench --submit-store).
        var tempStore = await _factory.WriteAsync((write, token) => write.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "PRAGMA temp_store;", transaction: write.Transaction, cancellationToken: token)));

        Assert.Equal(2, tempStore);
    }

    [Fact]
    public async Task Writes_run_in_the_order_they_were_queued()
    {
        var writes = Enumerable.Range(0, 200).Select(i => _factory.WriteAsync((write, token) => InsertAsync(write, $"{i:D3}", token))).ToList();
        await Task.WhenAll(writes);

        await using var connection = await _factory.OpenAsync();
        var inIdOrder = (await connection.QueryAsync<string>("SELECT text FROM notes ORDER BY id;")).ToList();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"{i:D3}"), inIdOrder);
    }

    [Fact]
    public async Task A_write_that_queues_another_write_is_refused_instead_of_waiting_for_itself()
    {
        var nested = _factory.WriteAsync(async (write, token) =>
        {
            await InsertAsync(write, "outer", token);
            return await _factory.WriteAsync((inner, innerToken) => InsertAsync(inner, "inner", innerToken), token);
        });

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => nested.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("cannot queue another write", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await ReadTextsAsync());
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_in_the_queue_is_never_run()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = _factory.WriteAsync(async (write, token) =>
        {
            await release.Task;
            return await InsertAsync(write, "blocker", token);
        });
        using var cancellation = new CancellationTokenSource();
        var cancelled = _factory.WriteAsync((write, token) => InsertAsync(write, "cancelled", token), cancellation.Token);
        await cancellation.CancelAsync();
        release.SetResult();

        await blocker;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(["blocker"], await ReadTextsAsync());
    }

    [Fact]
    public async Task Closing_runs_the_writes_still_queued_and_refuses_new_ones()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queued = new List<Task<int>>
        {
            _factory.WriteAsync(async (write, token) =>
            {
                await release.Task;
                return await InsertAsync(write, "running", token);
            }),
            _factory.WriteAsync((write, token) => InsertAsync(write, "queued", token)),
        };

        var closing = _factory.DisposeAsync();
        release.SetResult();
        await closing;

        await Task.WhenAll(queued);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _factory.WriteAsync((write, token) => InsertAsync(write, "late", token)));
        var reopened = _database.CreateConnectionFactory();
        await using var connection = await reopened.OpenAsync();
        Assert.Equal(["queued", "running"], (await connection.QueryAsync<string>("SELECT text FROM notes ORDER BY text;")).ToList());
        await reopened.DisposeAsync();
    }

    [Fact]
    public async Task A_constraint_failure_reaches_its_caller_as_the_sqlite_error()
    {
        await _factory.WriteAsync((write, token) => InsertAsync(write, "taken", token));

        var duplicate = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => _factory.WriteAsync((write, token) => InsertAsync(write, "taken", token)));
        Assert.Contains("UNIQUE", duplicate.Message, StringComparison.Ordinal);

        // The queue goes on.
        await _factory.WriteAsync((write, token) => InsertAsync(write, "after", token));
        Assert.Equal(["after", "taken"], (await ReadTextsAsync()).Order(StringComparer.Ordinal));
    }

    private static Task<int> InsertAsync(SqliteWrite write, string text, CancellationToken token) =>
        write.Connection.ExecuteAsync(new CommandDefinition("INSERT INTO notes (text) VALUES (@text);", new { text }, write.Transaction, cancellationToken: token));

    private async Task<List<string>> ReadTextsAsync()
    {
        await using var connection = await _factory.OpenAsync();
        return (await connection.QueryAsync<string>("SELECT text FROM notes;")).ToList();
    }
}
