using BotAlias.BotFramework.State;
using BotAlias.Core.Audit;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
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

            var requests = host.Services.GetRequiredService<IAliasRequestStore>();
            var request = SampleRequests.New("AR-HOST01", "host@contoso.com", clock.GetUtcNow());
            Assert.Equal(CreateRequestOutcome.Created, (await requests.CreateAsync(request, SampleRequests.Created(request))).Outcome);
            var audit = host.Services.GetRequiredService<IAuditLog>();
            Assert.Single(await audit.ListForRequestAsync("AR-HOST01"));

            var outbox = host.Services.GetRequiredService<IOutbox>();
            Assert.True(await outbox.EnqueueAsync(new OutboxMessage { Kind = "provision", Payload = "{}", IdempotencyKey = "k" }));
            Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(1), (await outbox.LeaseNextAsync(TimeSpan.FromMinutes(1)))?.LockedUntil);

            var holdback = host.Services.GetRequiredService<IAddressHoldback>();
            await holdback.HoldAsync(request.Address, clock.GetUtcNow().AddDays(30), "removed");
            Assert.NotNull(await holdback.GetHeldUntilAsync(request.Address, clock.GetUtcNow()));
            Assert.Same(requests, host.Services.GetRequiredService<IAliasRequestStore>());
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
