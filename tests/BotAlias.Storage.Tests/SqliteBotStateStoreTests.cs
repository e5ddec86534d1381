using BotAlias.Storage.Sqlite;

namespace BotAlias.Storage.Tests;

public sealed class SqliteBotStateStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();
    private readonly ManualTimeProvider _clock = new(Start);

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Creating_an_entry_stores_it_at_version_1()
    {
        var store = await CreateStoreAsync();

        var written = await store.WriteAsync("user/alice", "{\"step\":\"ask\"}", expectedVersion: null);

        Assert.NotNull(written);
        Assert.Equal(1, written.Version);
        Assert.Equal(Start, written.UpdatedAt);
        Assert.Equal(written, await store.ReadAsync("user/alice"));
    }

    [Fact]
    public async Task Creating_an_entry_that_exists_fails_and_keeps_the_stored_value()
    {
        var store = await CreateStoreAsync();
        await store.WriteAsync("user/alice", "{\"first\":true}", expectedVersion: null);

        var second = await store.WriteAsync("user/alice", "{\"first\":false}", expectedVersion: null);

        Assert.Null(second);
        var stored = await store.ReadAsync("user/alice");
        Assert.Equal("{\"first\":true}", stored?.Json);
        Assert.Equal(1, stored?.Version);
    }

    [Fact]
    public async Task Updating_with_the_current_version_stores_the_value_at_the_next_version()
    {
        var store = await CreateStoreAsync();
        await store.WriteAsync("user/alice", "{\"n\":1}", expectedVersion: null);
        _clock.Advance(TimeSpan.FromSeconds(30));

        var second = await store.WriteAsync("user/alice", "{\"n\":2}", expectedVersion: 1);
        var third = await store.WriteAsync("user/alice", "{\"n\":3}", expectedVersion: 2);

        Assert.Equal(2, second?.Version);
        Assert.Equal(3, third?.Version);
        var stored = await store.ReadAsync("user/alice");
        Assert.Equal("{\"n\":3}", stored?.Json);
        Assert.Equal(3, stored?.Version);
        Assert.Equal(Start.AddSeconds(30), stored?.UpdatedAt);
    }

    [Fact]
    public async Task Updating_with_a_stale_version_fails_and_keeps_the_newer_value()
    {
        var store = await CreateStoreAsync();
        await store.WriteAsync("user/alice", "{\"n\":1}", expectedVersion: null);
        await store.WriteAsync("user/alice", "{\"n\":2}", expectedVersion: 1);

        var stale = await store.WriteAsync("user/alice", "{\"n\":\"stale\"}", expectedVersion: 1);

        Assert.Null(stale);
        Assert.Equal("{\"n\":2}", (await store.ReadAsync("user/alice"))?.Json);
    }

    [Fact]
    public async Task Updating_an_entry_that_does_not_exist_fails()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.WriteAsync("user/nobody", "{}", expectedVersion: 1));
        Assert.Null(await store.ReadAsync("user/nobody"));
    }

    [Fact]
    public async Task Of_concurrent_writers_expecting_the_same_version_exactly_one_wins()
    {
        var store = await CreateStoreAsync();
        const int Writers = 8;

        for (var round = 1; round <= 10; round++)
        {
            var key = $"conversation/{round}";
            await store.WriteAsync(key, "{\"writer\":null}", expectedVersion: null);
            using var startLine = new Barrier(Writers);

            // Dedicated threads with their own factories and connections, as separate requests or processes would have.
            var racing = Enumerable.Range(0, Writers).Select(writer => Task.Factory.StartNew(
                () =>
                {
                    var writerStore = new SqliteBotStateStore(_database.CreateConnectionFactory(), _clock);
                    startLine.SignalAndWait(TimeSpan.FromSeconds(10));
                    return writerStore.WriteAsync(key, $"{{\"writer\":{writer}}}", expectedVersion: 1).GetAwaiter().GetResult();
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)).ToList();
            var results = await Task.WhenAll(racing);

            var winner = Assert.Single(results, result => result is not null);
            Assert.Equal(2, winner!.Version);
            var stored = await store.ReadAsync(key);
            Assert.Equal(winner.Json, stored?.Json);
            Assert.Equal(2, stored?.Version);
        }
    }

    [Fact]
    public async Task Deleting_removes_the_entry_and_it_can_be_created_again_from_version_1()
    {
        var store = await CreateStoreAsync();
        await store.WriteAsync("user/alice", "{\"n\":1}", expectedVersion: null);
        await store.WriteAsync("user/alice", "{\"n\":2}", expectedVersion: 1);

        Assert.True(await store.DeleteAsync("user/alice"));

        Assert.Null(await store.ReadAsync("user/alice"));
        Assert.False(await store.DeleteAsync("user/alice"));
        Assert.Null(await store.WriteAsync("user/alice", "{\"n\":3}", expectedVersion: 2));
        Assert.Equal(1, (await store.WriteAsync("user/alice", "{\"n\":1}", expectedVersion: null))?.Version);
    }

    [Fact]
    public async Task Invalid_json_is_refused_with_a_clear_message_and_nothing_is_stored()
    {
        var store = await CreateStoreAsync();

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.WriteAsync("user/alice", "{not json", expectedVersion: null));

        Assert.Contains("not valid JSON", exception.Message, StringComparison.Ordinal);
        Assert.Null(await store.ReadAsync("user/alice"));
    }

    [Fact]
    public async Task An_expected_version_below_1_is_refused()
    {
        var store = await CreateStoreAsync();

        var exception = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.WriteAsync("user/alice", "{}", expectedVersion: 0));

        Assert.Contains("start at 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_survives_closing_and_reopening_the_database()
    {
        var store = await CreateStoreAsync();
        await store.WriteAsync("user/alice", "{\"n\":1}", expectedVersion: null);
        await store.WriteAsync("user/alice", "{\"n\":2}", expectedVersion: 1);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var reopened = new SqliteBotStateStore(_database.CreateConnectionFactory(), _clock);

        var stored = await reopened.ReadAsync("user/alice");
        Assert.Equal("{\"n\":2}", stored?.Json);
        Assert.Equal(2, stored?.Version);
        Assert.Equal(3, (await reopened.WriteAsync("user/alice", "{\"n\":3}", expectedVersion: 2))?.Version);
    }

    private async Task<SqliteBotStateStore> CreateStoreAsync() => new(await _database.CreateMigratedAsync(), _clock);
}
