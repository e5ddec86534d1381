using System.Text.Json.Nodes;
using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tenant;
using BotAlias.Microsoft365.Graph;

namespace BotAlias.Microsoft365.Tests.Graph;

/// <summary>Graph writes: each idempotent (a re-run sends no second write) and read back.</summary>
public sealed class GraphAdministrationTests
{
    private const string Alex = "00000000-0000-0000-0000-0000000000020";
    private const string Megan = "00000000-0000-0000-0000-0000000000021";
    private const string Lynne = "00000000-0000-0000-0000-0000000000025";
    private static readonly Guid E3 = Guid.Parse("6fd2c87f-b296-42f0-b197-1e91e994b900");
    private static readonly Guid Visio = Guid.Parse("c5928f49-12ba-48f7-ada3-0d743a3601d5");

    private static List<RecordedRequest> Writes(GraphTestHost host) =>
        host.GraphRequests.Where(r => r.Method is "PATCH" or "POST" or "DELETE" && r.Operation != "/v1.0/$batch").ToList();

    [Fact]
    public async Task Disabling_sign_in_patches_only_accountEnabled_once_and_reads_it_back()
    {
        await using var host = await GraphTestHost.StartAsync();
        var accounts = new GraphAccountAdministration(host.Client);

        var user = await accounts.SetAccountEnabledAsync(Alex, false);
        await accounts.SetAccountEnabledAsync(Alex, false);

        Assert.False(user.AccountEnabled);
        Assert.False(host.Tenant.Users[Alex].AccountEnabled);
        var patch = Assert.Single(Writes(host));
        Assert.Equal("PATCH", patch.Method);
        Assert.Equal("""{"accountEnabled":false}""", patch.Body);
        Assert.StartsWith("application/json", patch.Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_synced_user_cannot_be_disabled_in_the_cloud()
    {
        await using var host = await GraphTestHost.StartAsync();
        var accounts = new GraphAccountAdministration(host.Client);

        var e = await Assert.ThrowsAsync<DirectoryConflictException>(() => accounts.SetAccountEnabledAsync(Lynne, false));

        Assert.Equal(DirectoryConflictReason.SyncedFromOnPremises, e.Reason);
        Assert.True(host.Tenant.Users[Lynne].AccountEnabled);
    }

    [Fact]
    public async Task Without_the_permission_disabling_names_User_EnableDisableAccount_All()
    {
        await using var host = await GraphTestHost.StartAsync(roles: GraphTestHost.LeastPrivilegedRoles.Where(r => r is not ("User.EnableDisableAccount.All" or "User.ReadWrite.All")));
        var accounts = new GraphAccountAdministration(host.Client);

        var e = await Assert.ThrowsAsync<DirectoryAccessDeniedException>(() => accounts.SetAccountEnabledAsync(Alex, false));

        Assert.Equal("User.EnableDisableAccount.All", e.RequiredPermission);
        Assert.True(host.Tenant.Users[Alex].AccountEnabled);
    }

    [Fact]
    public async Task A_write_to_an_unknown_user_is_not_found()
    {
        await using var host = await GraphTestHost.StartAsync();
        var accounts = new GraphAccountAdministration(host.Client);

        await Assert.ThrowsAsync<RecipientNotFoundException>(() => accounts.SetAccountEnabledAsync("00000000-0000-0000-0000-0000000000099", false));
        await Assert.ThrowsAsync<RecipientNotFoundException>(() => accounts.RevokeSignInSessionsAsync("00000000-0000-0000-0000-0000000000099"));
    }

    [Fact]
    public async Task A_write_whose_answer_was_lost_is_retried_and_ends_applied_once()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Faults.Add(new InjectedFault { Service = FakeService.Graph, Method = "PATCH", OperationContains = "/v1.0/users/", StatusCode = 504, Timing = FaultTiming.AfterHandling });
        var accounts = new GraphAccountAdministration(host.Client);

        var user = await accounts.SetAccountEnabledAsync(Alex, false);

        Assert.False(user.AccountEnabled);
        Assert.Equal([504, 204], Writes(host).Select(w => w.StatusCode));
    }

    [Fact]
    public async Task Revoking_sessions_posts_and_moves_the_cut_off()
    {
        await using var host = await GraphTestHost.StartAsync();
        var accounts = new GraphAccountAdministration(host.Client);

        await accounts.RevokeSignInSessionsAsync(Alex);

        Assert.NotNull(host.Tenant.Users[Alex].SignInSessionsValidFrom);
        Assert.Equal("/v1.0/users/" + Alex + "/revokeSignInSessions", Assert.Single(Writes(host)).Operation);
    }

    [Fact]
    public async Task A_sign_in_name_changes_once_and_conflicts_and_unverified_domains_are_refused()
    {
        await using var host = await GraphTestHost.StartAsync();
        var accounts = new GraphAccountAdministration(host.Client);

        var renamed = await accounts.SetUserPrincipalNameAsync(Alex, "alex.wilber@example.com");
        await accounts.SetUserPrincipalNameAsync(Alex, "Alex.Wilber@example.com");
        var taken = await Assert.ThrowsAsync<DirectoryConflictException>(() => accounts.SetUserPrincipalNameAsync(Alex, "meganb@example.com"));
        var unverified = await Assert.ThrowsAsync<DirectoryConflictException>(() => accounts.SetUserPrincipalNameAsync(Alex, "alex@example.org"));

        Assert.Equal("alex.wilber@example.com", renamed.UserPrincipalName);
        Assert.Equal(DirectoryConflictReason.AddressInUse, taken.Reason);
        Assert.Equal(DirectoryConflictReason.DomainNotAccepted, unverified.Reason);
        Assert.Equal("alex.wilber@example.com", host.Tenant.Users[Alex].UserPrincipalName);
        Assert.Equal(3, Writes(host).Count);
    }

    [Fact]
    public async Task Licences_show_where_they_come_from_and_only_direct_ones_are_removed()
    {
        await using var host = await GraphTestHost.StartAsync(t =>
        {
            t.Users[Alex].Licenses.Clear();
            t.Users[Alex].Licenses.Add(new FakeLicense { SkuId = E3, SkuPartNumber = "ENTERPRISEPACK", IncludesExchangeOnline = true });
            t.Users[Alex].Licenses.Add(new FakeLicense { SkuId = Visio, SkuPartNumber = "VISIOCLIENT", AssignedByGroup = "00000000-0000-0000-0000-0000000000040" });
        });
        var accounts = new GraphAccountAdministration(host.Client);

        var before = await accounts.GetLicensesAsync(Alex);
        var refused = await Assert.ThrowsAsync<DirectoryConflictException>(() => accounts.ChangeLicensesAsync(Alex, [], [Visio]));
        var after = await accounts.ChangeLicensesAsync(Alex, [], [E3]);
        await accounts.ChangeLicensesAsync(Alex, [], [E3]);

        Assert.Contains(before, l => l.SkuId == E3 && l.IncludesExchangeOnline && l.AssignedByGroupId is null);
        Assert.Contains(before, l => l.SkuId == Visio && !l.IncludesExchangeOnline && l.AssignedByGroupId == "00000000-0000-0000-0000-0000000000040");
        Assert.Contains("VISIOCLIENT", refused.Message, StringComparison.Ordinal);
        Assert.Equal([Visio], after.Select(l => l.SkuId));
        var assign = Assert.Single(Writes(host));
        Assert.Equal($$"""{"addLicenses":[],"removeLicenses":["{{E3}}"]}""", assign.Body);
    }

    [Fact]
    public async Task Automatic_replies_are_written_whole_once_and_read_back()
    {
        await using var host = await GraphTestHost.StartAsync();
        var settings = new GraphMailboxSettings(host.Client);
        var replies = new AutomaticReplies(true, "Alex has left; write to Megan.", "Alex has left Contoso.", ExternalAudience: true);

        var written = await settings.SetAutomaticRepliesAsync(Alex, replies);
        await settings.SetAutomaticRepliesAsync(Alex, replies);

        Assert.Equal(replies, written);
        Assert.Equal(replies, await settings.GetAutomaticRepliesAsync(Alex));
        var patch = Assert.Single(Writes(host));
        Assert.Equal("/v1.0/users/" + Alex + "/mailboxSettings", patch.Operation);
        var body = JsonNode.Parse(patch.Body)!["automaticRepliesSetting"]!;
        Assert.Equal("alwaysEnabled", body["status"]!.GetValue<string>());
        Assert.Equal("all", body["externalAudience"]!.GetValue<string>());
        Assert.Equal("alwaysEnabled", host.Tenant.Users[Alex].Mailbox!.AutomaticReplies.Status);
    }

    [Fact]
    public async Task The_redirect_rule_is_created_kept_replaced_and_removed_by_its_name()
    {
        await using var host = await GraphTestHost.StartAsync(t =>
            t.Users[Alex].Mailbox!.InboxRules.Add(new FakeMessageRule { DisplayName = "Alex's own rule", Sequence = 2 }));
        var settings = new GraphMailboxSettings(host.Client);
        var megan = EmailAddress.Parse("meganb@example.com");
        var adele = EmailAddress.Parse("adelev@example.com");
        var rules = host.Tenant.Users[Alex].Mailbox!.InboxRules;

        Assert.Equal(megan, await settings.SetRedirectRuleAsync(Alex, megan));
        Assert.Equal(megan, await settings.SetRedirectRuleAsync(Alex, megan));
        var created = Writes(host).Count;
        Assert.Equal(adele, await settings.SetRedirectRuleAsync(Alex, adele));
        var bot = Assert.Single(rules, r => r.DisplayName == GraphMailboxSettings.DefaultRedirectRuleName);
        Assert.Equal(["adelev@example.com"], bot.RedirectTo);
        Assert.True(bot.StopProcessingRules);
        Assert.Null(await settings.SetRedirectRuleAsync(Alex, null));

        Assert.Equal(1, created);
        Assert.Equal(["Alex's own rule"], rules.Select(r => r.DisplayName));
        var post = JsonNode.Parse(Writes(host).First(w => w.Method == "POST").Body)!;
        Assert.Equal("meganb@example.com", post["actions"]!["redirectTo"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
        Assert.Equal(1, post["sequence"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_user_without_a_mailbox_has_no_mailbox_settings()
    {
        await using var host = await GraphTestHost.StartAsync(t => t.Users[Megan].Mailbox = null);
        var settings = new GraphMailboxSettings(host.Client);

        await Assert.ThrowsAsync<RecipientNotFoundException>(() => settings.GetAutomaticRepliesAsync(Megan));
    }

    [Fact]
    public async Task The_Teams_app_is_installed_once_by_binding_the_catalog_app()
    {
        await using var host = await GraphTestHost.StartAsync();
        var installer = new GraphTeamsAppInstaller(host.Client, host.Tenant.TeamsCatalogAppId);

        Assert.True(await installer.EnsureInstalledForUserAsync(Alex));
        Assert.False(await installer.EnsureInstalledForUserAsync(Alex));

        Assert.Equal([host.Tenant.TeamsCatalogAppId], host.Tenant.Users[Alex].InstalledTeamsApps.Values);
        var post = Assert.Single(Writes(host));
        Assert.Equal(
            "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/" + host.Tenant.TeamsCatalogAppId,
            JsonNode.Parse(post.Body)!["teamsApp@odata.bind"]!.GetValue<string>());
        var list = host.GraphRequests.First(r => r.Method == "GET");
        Assert.Contains("$expand=teamsApp", list.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("teamsApp/id eq '" + host.Tenant.TeamsCatalogAppId + "'", Uri.UnescapeDataString(list.PathAndQuery), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_install_whose_answer_was_lost_is_not_installed_twice()
    {
        await using var host = await GraphTestHost.StartAsync();
        host.Server.Faults.Add(new InjectedFault { Service = FakeService.Graph, Method = "POST", OperationContains = "/installedApps", StatusCode = 503, Timing = FaultTiming.AfterHandling });
        var installer = new GraphTeamsAppInstaller(host.Client, host.Tenant.TeamsCatalogAppId);

        Assert.False(await installer.EnsureInstalledForUserAsync(Alex));

        Assert.Single(host.Tenant.Users[Alex].InstalledTeamsApps);
        Assert.Equal([503, 409], Writes(host).Select(w => w.StatusCode));
    }
}
