using BotAlias.Core.Bulk;
using BotAlias.Core.Offboarding;
using BotAlias.Storage.Sqlite;
using Dapper;

namespace BotAlias.Storage.Tests;

public sealed class SqliteBulkRunStoreMigrationTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_database_at_version_7_gains_the_bulk_tables_and_keeps_its_data()
    {
        var factory = _database.CreateConnectionFactory();
        await new SqliteMigrator(factory, SqliteMigrations.All.Where(m => m.Version <= 7)).MigrateAsync();
        var offboarding = new SqliteOffboardingRequestStore(factory);
        var request = SampleOffboardings.New("OB-BEFORE", Start);
        await offboarding.CreateAsync(request, SampleOffboardings.Created(request), []);

        var applied = await new SqliteMigrator(factory, SqliteMigrations.All.Where(m => m.Version <= 8)).MigrateAsync();

        var bulk = Assert.Single(applied);
        Assert.Equal(8, bulk.Version);
        Assert.Equal("bulk_runs", bulk.Name);
        Assert.Equal(request, await offboarding.FindAsync("OB-BEFORE"));
        var store = new SqliteBulkRunStore(factory);
        var run = SampleBulkRuns.New("BK-AFTER1", Start);
        Assert.True((await store.CreateAsync(run, SampleBulkRuns.PendingItems(3), SampleBulkRuns.Created(run))).Created);
        Assert.Equal(3, (await store.CountAsync("BK-AFTER1"))[BulkItemStatus.Pending]);
    }

    [Fact]
    public async Task The_executors_next_batch_query_and_the_counts_use_the_status_index()
    {
        var factory = await _database.CreateMigratedAsync();
        await using var connection = await factory.OpenAsync();

        var next = await PlanAsync(
            connection,
            "SELECT sequence FROM bulk_items WHERE run_id = 'BK-1' AND sequence > 0 AND status IN ('Pending') ORDER BY sequence LIMIT 50;");
        var counts = await PlanAsync(connection, "SELECT status, COUNT(*) FROM bulk_items WHERE run_id = 'BK-1' GROUP BY status;");

        Assert.Contains("ix_bulk_items_status", next, StringComparison.Ordinal);
        Assert.Contains("ix_bulk_items_status", counts, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", counts, StringComparison.Ordinal);
    }

    private static async Task<string> PlanAsync(System.Data.IDbConnection connection, string sql) =>
        string.Join(" | ", (await connection.QueryAsync("EXPLAIN QUERY PLAN " + sql)).Select(row => (string)row.detail));
}
