using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Directory.ContractTests;

/// <summary>
/// One directory implementation, seen only through its ports, started from the demo seed
/// (src/BotAlias.Directory/DemoTenant/demo-tenant.json). The demo tenant is one; the Microsoft 365 adapter
/// talking to the fake server seeded from the same file is the other.
/// </summary>
public interface IDirectoryUnderTest
{
    IDirectory Directory { get; }

    IMailProvisioner Provisioner { get; }

    IMailboxAdministration Mailboxes { get; }

    IMailContactAdministration MailContacts { get; }

    IMailFlowPolicy MailFlow { get; }

    IMailboxSettings MailboxSettings { get; }

    IAccountAdministration Accounts { get; }

    ITeamsAppInstaller TeamsApps { get; }

    /// <summary>The cap of proxy addresses per recipient the implementation was configured with; keep it small.</summary>
    int MaxProxyAddresses { get; }

    /// <summary>Puts the tenant back to the seed, discarding every change.</summary>
    Task ResetAsync();

    /// <summary>
    /// When the user's sessions were last revoked (Graph's <c>signInSessionsValidFromDateTime</c>), or null if never.
    /// No port reads it back, so each implementation asks its own store (the demo tenant, the fake server's tenant).
    /// </summary>
    Task<DateTimeOffset?> GetSignInSessionsValidFromAsync(string userId);
}
