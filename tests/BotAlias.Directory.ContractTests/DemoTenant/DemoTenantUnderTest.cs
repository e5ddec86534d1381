using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant;

namespace BotAlias.Directory.ContractTests.DemoTenant;

/// <summary>The demo tenant from its built-in seed, in a data folder of its own, deleted afterwards.</summary>
public sealed class DemoTenantUnderTest : IDirectoryUnderTest, IDisposable
{
    private readonly string _dataFolder =
        Path.Combine(Path.GetTempPath(), "botalias-directory-contract", Guid.NewGuid().ToString("N"));

    private readonly DemoTenantDirectory _tenant;

    public DemoTenantUnderTest()
    {
        _tenant = new DemoTenantDirectory(new DemoTenantOptions { DataFolder = _dataFolder, MaxProxyAddresses = MaxProxyAddresses });
    }

    public IDirectory Directory => _tenant;

    public IMailProvisioner Provisioner => _tenant;

    public IMailboxAdministration Mailboxes => _tenant;

    public IMailContactAdministration MailContacts => _tenant;

    public IMailFlowPolicy MailFlow => _tenant;

    public IMailboxSettings MailboxSettings => _tenant;

    public IAccountAdministration Accounts => _tenant;

    public ITeamsAppInstaller TeamsApps => _tenant;

    public int MaxProxyAddresses => 8;

    public Task ResetAsync() => _tenant.ResetAsync();

    public Task<DateTimeOffset?> GetSignInSessionsValidFromAsync(string userId) =>
        Task.FromResult(_tenant.GetSignInSessionsValidFrom(userId));

    public void Dispose()
    {
        _tenant.Dispose();
        if (System.IO.Directory.Exists(_dataFolder))
        {
            System.IO.Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
