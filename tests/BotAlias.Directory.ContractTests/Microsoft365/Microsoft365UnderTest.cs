using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365;
using BotAlias.Microsoft365.FakeServer.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotAlias.Directory.ContractTests.Microsoft365;

/// <summary>
/// The Microsoft 365 adapter, composed exactly as the host composes it, talking to the fake Graph and Exchange
/// server on loopback, which starts from the same demo seed as the demo tenant.
/// </summary>
public class Microsoft365UnderTest : IDirectoryUnderTest, IAsyncLifetime
{
    private readonly TimeSpan _retryBudget;
    private readonly TimeSpan _requestTimeout;

    public Microsoft365UnderTest()
        : this(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30))
    {
    }

    /// <summary>For fault tests: how soon a failing call is given up.</summary>
    protected Microsoft365UnderTest(TimeSpan retryBudget, TimeSpan requestTimeout)
    {
        _retryBudget = retryBudget;
        _requestTimeout = requestTimeout;
    }

    /// <summary>Every permission the README asks for, so nothing here fails for want of one.</summary>
    public static readonly string[] GrantedRoles =
    [
        "User.Read.All", "GroupMember.Read.All", "Group.Read.All", "OrgContact.Read.All", "Domain.Read.All",
        "User.EnableDisableAccount.All", "User.RevokeSessions.All", "User.ReadWrite.All", "MailboxSettings.ReadWrite",
        "LicenseAssignment.ReadWrite.All", "TeamsAppInstallation.ReadWriteSelfForUser.All", "Exchange.ManageAsApp",
    ];

    /// <summary>A real tenant id is a GUID (the demo seed's is not), and Exchange's endpoint path carries it.</summary>
    private const string TenantId = "4f0c6e0e-2b7a-4d0b-9d2e-6f1f1c2a7b01";

    private FakeMicrosoft365Server? _server;
    private ServiceProvider? _services;

    public FakeMicrosoft365Server Server => _server ?? throw new InvalidOperationException("Not started.");

    public IDirectory Directory => Get<IDirectory>();

    public IMailProvisioner Provisioner => Get<IMailProvisioner>();

    public IMailboxAdministration Mailboxes => Get<IMailboxAdministration>();

    public IMailContactAdministration MailContacts => Get<IMailContactAdministration>();

    public IMailFlowPolicy MailFlow => Get<IMailFlowPolicy>();

    public IMailboxSettings MailboxSettings => Get<IMailboxSettings>();

    public IAccountAdministration Accounts => Get<IAccountAdministration>();

    public ITeamsAppInstaller TeamsApps => Get<ITeamsAppInstaller>();

    public int MaxProxyAddresses => 8;

    public async Task InitializeAsync()
    {
        _server = await FakeMicrosoft365Server.StartAsync();
        _server.Tenant.MaxProxyAddresses = MaxProxyAddresses;
        _server.Tenant.TenantId = TenantId;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-used-the-credential-is-replaced",
            ["MicrosoftAppTenantId"] = _server.Tenant.TenantId,
            ["Microsoft365:GraphBaseUrl"] = _server.BaseAddress.ToString(),
            ["Microsoft365:ExchangeBaseUrl"] = _server.BaseAddress.ToString(),
            ["Microsoft365:TeamsAppCatalogId"] = _server.Tenant.TeamsCatalogAppId,
            ["Microsoft365:RetryBudget"] = _retryBudget.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Microsoft365:RequestTimeout"] = _requestTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddMicrosoft365Directory(configuration, _server.CreateCredential(GrantedRoles))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public Task ResetAsync()
    {
        Server.Reset();
        Server.Tenant.MaxProxyAddresses = MaxProxyAddresses;
        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> GetSignInSessionsValidFromAsync(string userId)
    {
        lock (Server.Tenant.Gate)
        {
            return Task.FromResult(Server.Tenant.Users.GetValueOrDefault(userId)?.SignInSessionsValidFrom);
        }
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

    private T Get<T>()
        where T : notnull =>
        (_services ?? throw new InvalidOperationException("Not started.")).GetRequiredService<T>();
}
