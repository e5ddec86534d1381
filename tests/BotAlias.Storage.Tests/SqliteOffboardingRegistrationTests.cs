using BotAlias.Core.Audit;
using BotAlias.Core.Offboarding;
using BotAlias.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BotAlias.Storage.Tests;

public sealed class SqliteOffboardingRegistrationTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_host_serves_one_offboarding_store_that_the_conflict_check_also_reads()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSqliteStorage(_database.Options);
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var store = host.Services.GetRequiredService<IOffboardingRequestStore>();
            var open = host.Services.GetRequiredService<IOpenOffboardingRequests>();
            Assert.Same(store, open);

            var request = SampleOffboardings.New("OB-HOST01", clock.GetUtcNow());
            Assert.True((await store.CreateAsync(request, SampleOffboardings.Created(request), [])).Created);
            Assert.Equal("OB-HOST01", Assert.Single(await open.FindOpenInvolvingAsync(SampleOffboardings.Leaver)).RequestId);
            Assert.Single(await host.Services.GetRequiredService<IAuditLog>().ListForRequestAsync("OB-HOST01"));
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
