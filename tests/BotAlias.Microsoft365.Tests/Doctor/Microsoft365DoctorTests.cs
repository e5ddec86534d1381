using BotAlias.Microsoft365.Doctor;
using BotAlias.Microsoft365.FakeServer.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.Microsoft365.Tests.Doctor;

/// <summary>
/// The doctor, composed as the host composes the adapter, against the fake Graph and Exchange server: an
/// operator learns exactly which permission the tenant has not granted, without the doctor writing anything.
/// </summary>
public sealed class Microsoft365DoctorTests : IAsyncLifetime
{
    private static readonly string[] AllRoles =
    [
        "User.Read.All", "GroupMember.Read.All", "Group.Read.All", "OrgContact.Read.All", "Domain.Read.All",
        "User.EnableDisableAccount.All", "User.RevokeSessions.All", "User.ReadWrite.All", "MailboxSettings.ReadWrite",
        "LicenseAssignment.ReadWrite.All", "TeamsAppInstallation.ReadForUser.All", "TeamsAppInstallation.ReadWriteSelfForUser.All",
        "Exchange.ManageAsApp",
    ];

    private FakeMicrosoft365Server _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeMicrosoft365Server.StartAsync();
        _server.Tenant.TenantId = "4f0c6e0e-2b7a-4d0b-9d2e-6f1f1c2a7b01";
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task With_every_permission_granted_every_check_passes_and_nothing_is_written()
    {
        var checks = await RunAsync(AllRoles, "alexw@example.com");

        Assert.All(checks, c => Assert.True(c.Passed, $"{c.Capability}: {c.Detail}"));
        Assert.Contains(checks, c => c.Capability.Contains("automatic replies", StringComparison.Ordinal));
        Assert.DoesNotContain(_server.Journal.All, r => r.Method is "PATCH" or "DELETE" || r.Operation.StartsWith("Set-", StringComparison.Ordinal)
            || r.Operation.StartsWith("Add-", StringComparison.Ordinal) || r.Operation.StartsWith("New-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_permission_the_tenant_did_not_grant_is_named()
    {
        var checks = await RunAsync(AllRoles.Where(r => r != "OrgContact.Read.All").ToArray(), null);

        var grant = Assert.Single(checks, c => c.Capability == "Graph permission OrgContact.Read.All");
        Assert.False(grant.Passed);
        var search = Assert.Single(checks, c => c.Capability.StartsWith("Find who holds an address in Graph", StringComparison.Ordinal));
        Assert.False(search.Passed);
        Assert.Contains("OrgContact.Read.All", search.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_Exchange_permission_the_Exchange_checks_fail_and_say_so()
    {
        var checks = await RunAsync(AllRoles.Where(r => r != "Exchange.ManageAsApp").ToArray(), null);

        Assert.False(Assert.Single(checks, c => c.Capability == "Exchange permission Exchange.ManageAsApp").Passed);
        Assert.False(Assert.Single(checks, c => c.Capability.StartsWith("Read the outbound spam policy", StringComparison.Ordinal)).Passed);
        Assert.True(Assert.Single(checks, c => c.Capability == "Read the tenant's domains").Passed);
    }

    private async Task<IReadOnlyList<DoctorCheck>> RunAsync(string[] roles, string? user)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "replaced-by-the-fake-credential",
            ["MicrosoftAppTenantId"] = _server.Tenant.TenantId,
            ["Microsoft365:GraphBaseUrl"] = _server.BaseAddress.ToString(),
            ["Microsoft365:ExchangeBaseUrl"] = _server.BaseAddress.ToString(),
            ["Microsoft365:RetryBudget"] = "00:00:30",
        }).Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddMicrosoft365Directory(configuration, _server.CreateCredential(roles))
            .BuildServiceProvider();
        return await services.GetRequiredService<Microsoft365Doctor>().RunAsync(user, CancellationToken.None);
    }
}
