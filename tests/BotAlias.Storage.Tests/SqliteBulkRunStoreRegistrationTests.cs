using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BotAlias.Storage.Tests;

public sealed class SqliteBulkRunStoreRegistrationTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_host_serves_a_bulk_run_store_on_the_migrated_database_sharing_the_audit_log()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSqliteStorage(_database.Options);
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var store = host.Services.GetRequiredService<IBulkRunStore>();
            Assert.Same(store, host.Services.GetRequiredService<IBulkRunStore>());

            var run = SampleBulkRuns.New("BK-HOST01", clock.GetUtcNow());
            Assert.True((await store.CreateAsync(run, SampleBulkRuns.PendingItems(2), SampleBulkRuns.Created(run))).Created);
            Assert.Equal(2, (await store.CountAsync("BK-HOST01")).Total);
            Assert.Single(await host.Services.GetRequiredService<IAuditLog>().ListForRequestAsync("BK-HOST01"));
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
