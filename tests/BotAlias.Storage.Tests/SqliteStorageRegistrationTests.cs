using BotAlias.BotFramework.State;
using BotAlias.Storage.Migrations;
using BotAlias.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BotAlias.Storage.Tests;

public sealed class SqliteStorageRegistrationTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Starting_the_host_migrates_the_database_so_the_stores_work()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSqliteStorage(_database.Options);
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var state = host.Services.GetRequiredService<IBotStateStore>();
            var written = await state.WriteAsync("k", "{}", expectedVersion: null);
            Assert.Equal(clock.GetUtcNow(), written?.UpdatedAt);

            var references = host.Services.GetRequiredService<IConversationReferenceStore>();
            await references.SaveAsync(new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = "https://smba.trafficmanager.net/amer/",
                ConversationId = "a:1",
                BotId = "28:bot",
                UserId = "29:user",
            });
            Assert.NotNull(await references.FindByConversationAsync("a:1"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_host_on_a_database_from_a_newer_build_refuses_to_start()
    {
        var newer = SqliteMigrations.All.Append(new Migration(SqliteMigrations.All.Count + 1, "newer", "SELECT 1;"));
        await new SqliteMigrator(_database.CreateConnectionFactory(), newer).MigrateAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSqliteStorage(_database.Options);
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<SchemaVersionTooNewException>(() => host.StartAsync());

        Assert.Contains("Refusing to start", exception.Message, StringComparison.Ordinal);
    }
}
