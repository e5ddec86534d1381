using BotAlias.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Tests;

/// <summary>The kept reader connections behind <see cref="SqliteConnectionFactory.ReadAsync{T}"/>.</summary>
public sealed class SqliteReaderPoolTests : IAsyncLifetime
{
    private const string SelectName = "SELECT name FROM things WHERE id = @Id;";

    private readonly TemporaryDatabase _database = new();
    private SqliteConnectionFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = _database.CreateConnectionFactory();
        await _factory.WriteAsync((write, token) => write.ExecuteAsync(
            "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT, size INTEGER); INSERT INTO things (id, name, size) VALUES (1, 'one', 10), (2, NULL, 20);", null, token));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_read_sees_what_was_committed_before_it_and_keeps_no_snapshot_after_it()
    {
        Assert.Equal("one", await ReadNameAsync(1));

        await _factory.WriteAsync((write, token) => write.ExecuteAsync("UPDATE things SET name = 'uno' WHERE id = 1;", null, token));
        Assert.Equal("uno", await ReadNameAsync(1));

        // A reader still inside a read transaction would keep the WAL from being emptied.
        await using var connection = await _factory.OpenAsync();
        var (busy, _, _) = await connection.QuerySingleAsync<(long Busy, long Log, long Checkpointed)>("PRAGMA wal_checkpoint(TRUNCATE);");
        Assert.Equal(0, busy);
    }

    [Fact]
    public async Task A_missing_row_and_a_null_value_both_read_as_null_and_rows_map_by_column_name()
    {
        Assert.Null(await ReadNameAsync(2));
        Assert.Null(await ReadNameAsync(3));

        var row = await _factory.ReadAsync((read, token) => read.QueryRowAsync<Thing>("SELECT size AS Size, name AS Name FROM things WHERE id = @Id;", new { Id = 1 }, token));
        Assert.Equal(new Thing { Name = "one", Size = 10 }, row);
        Assert.Null(await _factory.ReadAsync((read, token) => read.QueryRowAsync<Thing>("SELECT size AS Size, name AS Name FROM things WHERE id = @Id;", new { Id = 9 }, token)));
    }

    [Fact]
    public async Task The_next_read_runs_on_the_same_compiled_command()
    {
        var first = await _factory.ReadAsync(async (read, token) =>
        {
            await read.QueryValueAsync<string>(SelectName, new { Id = 1 }, token);
            return read.Statements.Get(SelectName, transaction: null).Command;
        });
        var second = await _factory.ReadAsync((read, _) => Task.FromResult(read.Statements.Get(SelectName, transaction: null).Command));

        Assert.Same(first, second);
    }

    [Fact]
    public async Task Connections_beyond_the_capacity_are_closed_after_their_read()
    {
        await using var pool = new SqliteReaderPool(_factory.OpenAsync, capacity: 2);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        var reads = Enumerable.Range(0, 4).Select(_ => pool.ReadAsync(
            async (read, token) =>
            {
                Interlocked.Increment(ref started);
                await release.Task;
                return await read.QueryValueAsync<string>(SelectName, new { Id = 1 }, token);
            },
            CancellationToken.None)).ToList();

        // All four hold a connection at once: none was free when they began.
        while (Volatile.Read(ref started) < 4)
        {
            await Task.Delay(5);
        }

        Assert.Equal(0, pool.IdleCount);
        release.SetResult();
        Assert.All(await Task.WhenAll(reads), name => Assert.Equal("one", name));
        Assert.Equal(2, pool.IdleCount);
    }

    [Fact]
    public async Task A_connection_whose_read_failed_is_closed_and_the_next_read_gets_a_fresh_one()
    {
        await using var pool = new SqliteReaderPool(_factory.OpenAsync, capacity: 2);
        await pool.ReadAsync((read, token) => read.QueryValueAsync<string>(SelectName, new { Id = 1 }, token), CancellationToken.None);
        Assert.Equal(1, pool.IdleCount);

        var failure = await Assert.ThrowsAsync<SqliteException>(() =>
            pool.ReadAsync((read, token) => read.QueryValueAsync<string>("SELECT name FROM no_such_table;", null, token), CancellationToken.None));
        Assert.Contains("no such table", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, pool.IdleCount);

        Assert.Equal("one", await pool.ReadAsync((read, token) => read.QueryValueAsync<string>(SelectName, new { Id = 1 }, token), CancellationToken.None));
        Assert.Equal(1, pool.IdleCount);
    }

    [Fact]
    public async Task A_closed_pool_keeps_no_connection_and_refuses_reads()
    {
        var pool = new SqliteReaderPool(_factory.OpenAsync, capacity: 2);
        await pool.ReadAsync((read, token) => read.QueryValueAsync<string>(SelectName, new { Id = 1 }, token), CancellationToken.None);

        await pool.DisposeAsync();

        Assert.Equal(0, pool.IdleCount);
        await Assert.ThrowsAsync<ObjectDisposedException>(() =>
            pool.ReadAsync((read, token) => read.QueryValueAsync<string>(SelectName, new { Id = 1 }, token), CancellationToken.None));
    }

    private Task<string?> ReadNameAsync(long id) =>
        _factory.ReadAsync((read, token) => read.QueryValueAsync<string>(SelectName, new { Id = id }, token));

    private sealed record Thing
    {
        public string? Name { get; init; }

        public long Size { get; init; }
    }
}
