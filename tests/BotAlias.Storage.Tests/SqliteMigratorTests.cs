using BotAlias.Storage.Migrations;
using BotAlias.Storage.Sqlite;
using Dapper;

namespace BotAlias.Storage.Tests;

public sealed class SqliteMigratorTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Migrating_a_new_database_creates_the_tables_and_records_the_version()
    {
        var factory = _database.CreateConnectionFactory();

        var applied = await new SqliteMigrator(factory, new ManualTimeProvider(Start)).MigrateAsync();

        Assert.Equal(SqliteMigrations.All.Select(m => m.Version), applied.Select(m => m.Version));
        await using var connection = await factory.OpenAsync();
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table';")).ToList();
        Assert.Contains("conversation_references", tables);
        Assert.Contains("bot_state", tables);
        Assert.Contains("schema_migrations", tables);
        var indexes = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'conversation_references';");
        Assert.Contains("ix_conversation_references_personal_user", indexes);

        var history = (await connection.QueryAsync<(long Version, string Name, string AppliedAt)>(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version;")).ToList();
        var first = Assert.Single(history, h => h.Version == 1);
        Assert.Equal("conversation_references_and_bot_state", first.Name);
        Assert.Equal("2025-03-14T09:26:53.0000000Z", first.AppliedAt);
    }

    [Fact]
    public async Task The_personal_conversation_lookup_uses_its_index()
    {
        var factory = await _database.CreateMigratedAsync();
        await using var connection = await factory.OpenAsync();

        var plan = string.Join(" | ", (await connection.QueryAsync("""
            EXPLAIN QUERY PLAN
            SELECT conversation_id FROM conversation_references
            WHERE conversation_type = 'personal' AND tenant_id = 't' AND user_aad_object_id = 'u'
            ORDER BY updated_at DESC LIMIT 1;
            """)).Select(row => (string)row.detail));

        Assert.Contains("ix_conversation_references_personal_user", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrating_twice_changes_nothing_the_second_time()
    {
        var factory = _database.CreateConnectionFactory();
        await new SqliteMigrator(factory).MigrateAsync();
        var stateStore = new SqliteBotStateStore(factory);
        await stateStore.WriteAsync("kept", "{\"a\":1}", expectedVersion: null);

        var secondRun = await new SqliteMigrator(factory).MigrateAsync();

        Assert.Empty(secondRun);
        await using var connection = await factory.OpenAsync();
        Assert.Equal(SqliteMigrations.All.Count, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations;"));
        Assert.Equal("{\"a\":1}", (await stateStore.ReadAsync("kept"))?.Json);
    }

    [Fact]
    public async Task Migrators_racing_on_a_new_file_all_succeed_and_each_migration_is_applied_once()
    {
        var migrations = WithSlowRaceMarker();

        var results = await RaceAsync(migrations, racers: 8);

        var appliedVersions = results.SelectMany(applied => applied).Select(m => m.Version).Order().ToList();
        Assert.Equal(migrations.Select(m => m.Version), appliedVersions);
        await AssertAppliedOnceAsync(migrations);
    }

    [Fact]
    public async Task Migrators_racing_to_upgrade_a_database_all_succeed_and_the_new_migration_is_applied_once()
    {
        await new SqliteMigrator(_database.CreateConnectionFactory()).MigrateAsync();
        var migrations = WithSlowRaceMarker();

        var results = await RaceAsync(migrations, racers: 8);

        var applied = Assert.Single(results.SelectMany(r => r));
        Assert.Equal("race_marker", applied.Name);
        await AssertAppliedOnceAsync(migrations);
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_with_a_clear_message()
    {
        var factory = _database.CreateConnectionFactory();
        var newerBuild = SqliteMigrations.All.Append(new Migration(
            SqliteMigrations.All.Count + 1,
            "from_the_future",
            "CREATE TABLE future_things (id INTEGER PRIMARY KEY);")).ToList();
        await new SqliteMigrator(factory, newerBuild).MigrateAsync();

        var exception = await Assert.ThrowsAsync<SchemaVersionTooNewException>(() => new SqliteMigrator(factory).MigrateAsync());

        Assert.Equal(SqliteMigrations.All.Count + 1, exception.DatabaseVersion);
        Assert.Equal(SqliteMigrations.All.Count, exception.NewestKnownVersion);
        Assert.Contains($"has schema version {SqliteMigrations.All.Count + 1}", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"only knows migrations up to version {SqliteMigrations.All.Count}", exception.Message, StringComparison.Ordinal);
        Assert.Contains(_database.Options.DatabasePath, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_migration_is_rolled_back_entirely()
    {
        var factory = _database.CreateConnectionFactory();
        var broken = SqliteMigrations.All.Append(new Migration(
            SqliteMigrations.All.Count + 1,
            "half_done",
            "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);")).ToList();

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => new SqliteMigrator(factory, broken).MigrateAsync());

        await using var connection = await factory.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done';"));
        Assert.Equal(SqliteMigrations.All.Count, await connection.ExecuteScalarAsync<long>("SELECT MAX(version) FROM schema_migrations;"));
    }

    [Fact]
    public void Migrations_with_a_gap_in_their_numbers_are_refused()
    {
        Migration[] withGap = [new(1, "one", "SELECT 1;"), new(3, "three", "SELECT 3;")];

        var exception = Assert.Throws<InvalidOperationException>(() => new SqliteMigrator(_database.CreateConnectionFactory(), withGap));

        Assert.Contains("expected version 2 but found 3", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The extra migration would fail if run twice (its table exists) and counts its own runs. It is slow,
    /// so the other racers read the history while it runs, see it missing and queue for the write lock.
    /// </summary>
    private static List<Migration> WithSlowRaceMarker() => SqliteMigrations.All.Append(new Migration(
        SqliteMigrations.All.Count + 1,
        "race_marker",
        """
        CREATE TABLE race_marker (n INTEGER NOT NULL);
        WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 500000)
        INSERT INTO race_marker (n) SELECT 1 FROM counter WHERE n = 500000;
        """)).ToList();

    private async Task<IReadOnlyList<Migration>[]> RaceAsync(List<Migration> migrations, int racers)
    {
        using var startLine = new Barrier(racers);

        // Dedicated threads, each with its own factory and connections, like separate processes:
        // SQLite calls block, and a thread pool this small would run the racers one after another.
        var racing = Enumerable.Range(0, racers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                var migrator = new SqliteMigrator(_database.CreateConnectionFactory(), migrations);
                startLine.SignalAndWait(TimeSpan.FromSeconds(10));
                return migrator.MigrateAsync().GetAwaiter().GetResult();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToList();
        return await Task.WhenAll(racing);
    }

    private async Task AssertAppliedOnceAsync(List<Migration> migrations)
    {
        await using var connection = await _database.CreateConnectionFactory().OpenAsync();
        Assert.Equal(
            migrations.Select(m => (long)m.Version),
            await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version;"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM race_marker;"));
    }
}
