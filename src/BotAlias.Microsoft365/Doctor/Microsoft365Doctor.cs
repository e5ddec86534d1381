using Azure.Core;
using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;
using BotAlias.Microsoft365.Graph;
using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Doctor;

/// <summary>
/// Tries each capability the bot needs, read-only, and says which permission or role is missing. Graph's 403
/// never names the permission, so the doctor reads the roles the tenant actually granted from the app's own
/// token and compares them with the permission table.
/// </summary>
public sealed class Microsoft365Doctor(
    TokenCredential credential,
    GraphDirectoryReader graph,
    ExchangeRecipientReader exchange,
    IMailFlowPolicy mailFlow,
    IMailboxSettings mailboxSettings,
    IAccountAdministration accounts,
    IMailboxAdministration mailboxes)
{
    public async Task<IReadOnlyList<DoctorCheck>> RunAsync(string? sampleUserPrincipalName, CancellationToken cancellationToken)
    {
        var checks = new List<DoctorCheck>();
        var graphRoles = await RolesAsync(Microsoft365ServiceCollectionExtensions.GraphScope, "Microsoft Graph token", checks, cancellationToken);
        if (graphRoles is not null)
        {
            foreach (var permission in GraphPermissions.All)
            {
                var granted = IsGranted(graphRoles, permission);
                checks.Add(new DoctorCheck($"Graph permission {permission}", granted, granted ? "granted" : "not granted to the app: grant it and give admin consent"));
            }
        }

        var exchangeRoles = await RolesAsync(ExchangeOnlineEndpoint.Scope, "Exchange Online token", checks, cancellationToken);
        if (exchangeRoles is not null)
        {
            var granted = exchangeRoles.Contains(ExchangeOnlineEndpoint.ManageAsAppPermission, StringComparer.Ordinal);
            checks.Add(new DoctorCheck($"Exchange permission {ExchangeOnlineEndpoint.ManageAsAppPermission}", granted,
                granted ? "granted (the Exchange role is checked by the Exchange probes below)" : "not granted: add Office 365 Exchange Online > Exchange.ManageAsApp"));
        }

        IReadOnlyList<TenantDomain> domains = [];
        await ProbeAsync(checks, "Read the tenant's domains", async () =>
        {
            domains = await graph.GetDomainsAsync(cancellationToken);
            return $"{domains.Count(d => d.IsVerified && d.SupportsEmail)} verified mail domain(s)";
        });

        var probeAddress = EmailAddress.Parse("postmaster@" + (domains.FirstOrDefault(d => d.IsDefault)?.Name ?? "example.com"));
        await ProbeAsync(checks, "Find who holds an address in Graph (users, groups, contacts, recycle bin)", async () =>
            $"{(await graph.FindGraphHoldersAsync(probeAddress, cancellationToken)).Count} holder(s) of {probeAddress}");
        await ProbeAsync(checks, "Find holders only Exchange knows (Get-Recipient, soft-deleted mailboxes)", async () =>
            $"{(await exchange.FindExchangeOnlyHoldersAsync(probeAddress, cancellationToken)).Count} holder(s) of {probeAddress}");
        await ProbeAsync(checks, "Read the outbound spam policy (external forwarding)", async () =>
            $"AutoForwardingMode {await mailFlow.GetAutoForwardingModeAsync(cancellationToken)}");

        if (string.IsNullOrWhiteSpace(sampleUserPrincipalName))
        {
            checks.Add(new DoctorCheck("Per-user reads (manager, mailbox, automatic replies, licences)", null, "skipped: pass --user <sign-in name> to try them on one person"));
            return checks;
        }

        DirectoryUser? user = null;
        await ProbeAsync(checks, $"Read user {sampleUserPrincipalName}", async () =>
        {
            user = await graph.FindUserByPrincipalNameAsync(sampleUserPrincipalName, cancellationToken);
            return user is null ? "no such user" : "found";
        });
        if (user is null)
        {
            return checks;
        }

        await ProbeAsync(checks, "Read a user's manager", async () =>
            (await graph.GetManagerAsync(user.Id, cancellationToken)) is { } manager ? "has a manager" : "has no manager");
        await ProbeAsync(checks, "Read a mailbox in Exchange (Get-Mailbox)", async () =>
            (await mailboxes.GetMailboxAsync(user.Id, cancellationToken)) is { } mailbox ? $"{mailbox.Type} mailbox" : "no mailbox");
        await ProbeAsync(checks, "Read automatic replies (mailboxSettings)", async () =>
            (await mailboxSettings.GetAutomaticRepliesAsync(user.Id, cancellationToken)).Enabled ? "on" : "off");
        await ProbeAsync(checks, "Read licences and where they come from", async () =>
            $"{(await accounts.GetLicensesAsync(user.Id, cancellationToken)).Count} licence(s)");
        return checks;
    }

    /// <summary>A <c>.ReadWrite</c> grant covers the matching <c>.Read</c> one.</summary>
    private static bool IsGranted(IReadOnlyList<string> roles, string permission) =>
        roles.Contains(permission, StringComparer.Ordinal)
        || (permission.Contains(".Read.", StringComparison.Ordinal) && roles.Contains(permission.Replace(".Read.", ".ReadWrite.", StringComparison.Ordinal), StringComparer.Ordinal))
        || (permission.EndsWith(".Read", StringComparison.Ordinal) && roles.Contains(permission + "Write", StringComparer.Ordinal));

    private async Task<IReadOnlyList<string>?> RolesAsync(string scope, string name, List<DoctorCheck> checks, CancellationToken cancellationToken)
    {
        try
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
            var roles = AccessTokenClaims.ReadRoles(token.Token);
            checks.Add(new DoctorCheck(name, true, $"issued, with {roles.Count} application permission(s)"));
            return roles;
        }
        catch (Exception e) when (e is Azure.Identity.AuthenticationFailedException or Azure.RequestFailedException or InvalidOperationException)
        {
            // The exception text from Entra names the cause (wrong secret, unknown app) and holds no secret.
            checks.Add(new DoctorCheck(name, false, "could not be obtained: " + FirstLine(e.Message)));
            return null;
        }
    }

    private static async Task ProbeAsync(List<DoctorCheck> checks, string capability, Func<Task<string>> probe)
    {
        try
        {
            checks.Add(new DoctorCheck(capability, true, await probe()));
        }
        catch (DirectoryAccessDeniedException e)
        {
            checks.Add(new DoctorCheck(capability, false, $"refused: missing {e.RequiredPermission ?? "a permission"}"));
        }
        catch (Exception e) when (e is DirectoryUnavailableException or RecipientNotFoundException or DirectoryConflictException or ExchangeCommandException or HttpRequestException)
        {
            checks.Add(new DoctorCheck(capability, false, "failed: " + FirstLine(e.Message)));
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
