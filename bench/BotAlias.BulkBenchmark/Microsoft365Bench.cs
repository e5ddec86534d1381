using System.Globalization;
using BotAlias.Core.Bulk;
using BotAlias.Microsoft365;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tenant;
using BotAlias.TestSupport.Bulk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotAlias.BulkBenchmark;

/// <summary>
/// The Microsoft 365 adapter composed as the host composes it (AddMicrosoft365Directory), against the fake server
/// seeded with a generated tenant and given a request budget per service.
/// </summary>
internal static class Microsoft365Bench
{
    /// <summary>
    /// Graph's identity-and-access limit for the smallest tenants, 3,500 resource units per app per tenant every
    /// 10 seconds (https://learn.microsoft.com/graph/throttling-limits#identity-and-access-service-limits), at one
    /// unit a request: the budget no bulk read should come near.
    /// </summary>
    public const double GraphRequestsPerSecond = 350;

    private const string TenantId = "4f0c6e0e-2b7a-4d0b-9d2e-6f1f1c2a7b01";

    private static readonly string[] GrantedRoles =
    [
        "User.Read.All", "GroupMember.Read.All", "Group.Read.All", "OrgContact.Read.All", "Domain.Read.All",
        "User.ReadWrite.All", "MailboxSettings.ReadWrite", "Exchange.ManageAsApp",
    ];

    /// <param name="writer">Microsoft365:Bulk as configured; null leaves the documented defaults.</param>
    /// <param name="exchangeBudget">The fake Exchange's requests/s and burst; null uses the writer's own pace and concurrency.</param>
    public static async Task<BenchDirectory> StartAsync(
        string name, int mailboxes, (int MaxConcurrency, double WritesPerSecond)? writer, (double PerSecond, int? Burst)? exchangeBudget)
    {
        var tenant = FakeTenantSeed.Load(LargeTenantSeed.Generate(mailboxes));
        tenant.TenantId = TenantId;
        var server = await FakeMicrosoft365Server.StartAsync(tenant);
        server.PageSize = 999;

        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-used-the-credential-is-replaced",
            ["MicrosoftAppTenantId"] = TenantId,
            ["Microsoft365:GraphBaseUrl"] = server.BaseAddress.ToString(),
            ["Microsoft365:ExchangeBaseUrl"] = server.BaseAddress.ToString(),
        };
        if (writer is { } set)
        {
            settings["Microsoft365:Bulk:MaxConcurrency"] = set.MaxConcurrency.ToString(CultureInfo.InvariantCulture);
            settings["Microsoft365:Bulk:WritesPerSecond"] = set.WritesPerSecond.ToString(CultureInfo.InvariantCulture);
        }

        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error))
            .AddSingleton(TimeProvider.System)
            .AddMicrosoft365Directory(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), server.CreateCredential(GrantedRoles))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var bulk = services.GetRequiredService<IOptions<Microsoft365Options>>().Value.Bulk;
        var (perSecond, burst) = exchangeBudget ?? (bulk.WritesPerSecond, bulk.MaxConcurrency);
        int? throttledAtStop = null;
        return new BenchDirectory(
            name,
            services.GetRequiredService<IBulkDirectoryReader>(),
            services.GetRequiredService<IBulkAddressWriter>(),
            async () =>
            {
                await services.DisposeAsync();
                await server.DisposeAsync();
            })
        {
            Limits = FormattableString.Invariant(
                $"{name}: writer {bulk.WritesPerSecond:0.##} writes/s, {bulk.MaxConcurrency} at once; fake budget Exchange {perSecond:0.##} req/s (burst {burst?.ToString(CultureInfo.InvariantCulture) ?? "1 s"}), Graph {GraphRequestsPerSecond} req/s"),
            StartLimits = () =>
            {
                server.RateBudget.Limit(FakeService.Exchange, perSecond, burst);
                server.RateBudget.Limit(FakeService.Graph, GraphRequestsPerSecond);
            },
            StopLimits = () =>
            {
                // Clear forgets the counts too, so they are read first.
                throttledAtStop = Count(server);
                server.RateBudget.Clear();
            },
            Throttled = () => throttledAtStop ?? Count(server),
        };
    }

    private static int Count(FakeMicrosoft365Server server) =>
        server.RateBudget.Throttled(FakeService.Exchange) + server.RateBudget.Throttled(FakeService.Graph);
}
