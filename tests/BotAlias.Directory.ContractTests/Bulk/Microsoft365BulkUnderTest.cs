using System.Globalization;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using BotAlias.Directory.ContractTests.Microsoft365;
using BotAlias.Microsoft365;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tenant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotAlias.Directory.ContractTests.Bulk;

/// <summary>
/// The Microsoft 365 adapter composed as the host composes it, against the fake server seeded from a seed's JSON
/// (the demo seed by default). The bulk writer is configured fast for tests; the documented-rate defaults are
/// exercised by the large-tenant scenario through the fake's rate budget instead.
/// </summary>
public class Microsoft365BulkUnderTest : IBulkDirectoryUnderTest, IAsyncLifetime
{
    private const string TenantId = "4f0c6e0e-2b7a-4d0b-9d2e-6f1f1c2a7b01";
    private readonly string? _seedJson;
    private readonly int _pageSize;
    private FakeMicrosoft365Server? _server;
    private ServiceProvider? _services;

    public Microsoft365BulkUnderTest()
        : this(null, pageSize: 2)
    {
    }

    /// <param name="pageSize">The fake's largest page: small to exercise paging, large for a large tenant.</param>
    protected Microsoft365BulkUnderTest(string? seedJson, int pageSize)
    {
        _seedJson = seedJson;
        _pageSize = pageSize;
        SeedJson = seedJson ?? File.ReadAllText(FakeTenantSeed.DefaultSeedPath);
    }

    public FakeMicrosoft365Server Server => _server ?? throw new InvalidOperationException("Not started.");

    public IBulkDirectoryReader Reader => Get<IBulkDirectoryReader>();

    public IBulkAddressWriter Writer => Get<IBulkAddressWriter>();

    public IDirectory Directory => Get<IDirectory>();

    public string SeedJson { get; }

    /// <summary>Bulk writer settings (Microsoft365:Bulk); the fixture for a large tenant raises them.</summary>
    protected virtual int MaxConcurrency => 4;

    protected virtual double WritesPerSecond => 500;

    public async Task InitializeAsync()
    {
        _server = await FakeMicrosoft365Server.StartAsync(NewTenant());
        _server.PageSize = _pageSize;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-used-the-credential-is-replaced",
            ["MicrosoftAppTenantId"] = TenantId,
            ["Microsoft365:GraphBaseUrl"] = _server.BaseAddress.ToString(),
            ["Microsoft365:ExchangeBaseUrl"] = _server.BaseAddress.ToString(),
            ["Microsoft365:RetryBudget"] = "00:00:30",
            ["Microsoft365:RequestTimeout"] = "00:00:30",
            ["Microsoft365:Bulk:MaxConcurrency"] = MaxConcurrency.ToString(CultureInfo.InvariantCulture),
            ["Microsoft365:Bulk:WritesPerSecond"] = WritesPerSecond.ToString(CultureInfo.InvariantCulture),
        }).Build();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error))
            .AddSingleton(TimeProvider.System)
            .AddMicrosoft365Directory(configuration, _server.CreateCredential(Microsoft365UnderTest.GrantedRoles))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public Task ResetAsync()
    {
        Server.Reset(NewTenant());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private FakeTenant NewTenant()
    {
        var tenant = _seedJson is null ? FakeTenantSeed.LoadDemoSeed() : FakeTenantSeed.Load(_seedJson);
        tenant.TenantId = TenantId;
        return tenant;
    }

    private T Get<T>()
        where T : notnull =>
        (_services ?? throw new InvalidOperationException("Not started.")).GetRequiredService<T>();
}
