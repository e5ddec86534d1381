using BotAlias.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Tests;

/// <summary>The statements a write runs through <see cref="SqliteWrite.ExecuteAsync"/>: kept, and bound like Dapper binds.</summary>
public sealed class SqliteWriteStatementTests : IAsyncLifetime
{
    private readonly TemporaryDatabase _database = new();
    private SqliteConnectionFactory _factory = null!;

    private enum Colour
    {
        Red = 1,
        Blue = 7,
    }

    public async Task InitializeAsync()
    {
        _factory = _database.CreateConnectionFactory();
        await _factory.WriteAsync((write, token) => write.ExecuteAsync(
            "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, name_key TEXT, colour INTEGER);", null, token));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Each_property_lands_in_its_own_column_and_enums_and_nulls_are_stored_as_dapper_stores_them()
    {
        // Name and NameKey share a prefix; Extra is not in the statement at all.
        await _factory.WriteAsync((write, token) => write.ExecuteAsync(
            "INSERT INTO things (name, name_key, colour) VALUES (@Name, @NameKey, @Colour);",
            new { Name = "first", NameKey = "FIRST", Colour = Colour.Blue, Extra = "not in the statement" },
            token));
        await _factory.WriteAsync((write, token) => write.ExecuteAsync(
            "INSERT INTO things (name, name_key, colour) VALUES (@Name, @NameKey, @Colour);",
            new { Name = "second", NameKey = (string?)null, Colour = (Colour?)null },
            token));

        await using var connection = await _factory.OpenAsync();
        var rows = (await connection.QueryAsync<(string Name, string? NameKey, long? Colour)>(
            "SELECT name, name_key, colour FROM things ORDER BY id;")).ToList();
        Assert.Equal([("first", "FIRST", 7L), ("second", null, null)], rows);
    }

    [Fact]
    public async Task A_statement_is_kept_for_the_next_write_and_a_failing_one_leaves_it_usable()
    {
        const string Insert = "INSERT INTO things (name) VALUES (@Name);";
        SqliteCommand? first = null;
        SqliteCommand? second = null;
        await _factory.WriteAsync(async (write, token) =>
        {
            await write.ExecuteAsync(Insert, new { Name = "one" }, token);
            first = CommandFor(write, Insert);
        });

        var duplicate = await Assert.ThrowsAsync<SqliteException>(() => _factory.WriteAsync((write, token) => write.ExecuteAsync(Insert, new { Name = "one" }, token)));
        Assert.Contains("UNIQUE constraint failed: things.name", duplicate.Message, StringComparison.Ordinal);

        await _factory.WriteAsync(async (write, token) =>
        {
            await write.ExecuteAsync(Insert, new { Name = "two" }, token);
            second = CommandFor(write, Insert);
        });

        Assert.NotNull(first);
        Assert.Same(first, second);
        await using var connection = await _factory.OpenAsync();
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM things;"));
    }

    [Fact]
    public async Task A_parameter_the_object_lacks_fails_the_write_instead_of_storing_null()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _factory.WriteAsync((write, token) => write.ExecuteAsync(
            "INSERT INTO things (name) VALUES (@Name);", new { Nom = "typo" }, token)));

        Assert.Contains("@Name", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Beyond_its_capacity_the_cache_hands_out_commands_for_the_caller_to_dispose()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var cache = new SqliteStatementCache(connection);
        for (var i = 0; i < SqliteStatementCache.Capacity; i++)
        {
            Assert.False(cache.Get($"SELECT {i};", transaction: null).Owned);
        }

        var (command, owned) = cache.Get("SELECT 'one too many';", transaction: null);
        using (command)
        {
            Assert.True(owned);
            Assert.False(cache.Get("SELECT 0;", transaction: null).Owned);
        }
    }

    /// <summary>The command the writer keeps for <paramref name="sql"/>: the one a second write would be given.</summary>
    private static SqliteCommand CommandFor(SqliteWrite write, string sql) => write.Statements.Get(sql, write.Transaction).Command;
}
