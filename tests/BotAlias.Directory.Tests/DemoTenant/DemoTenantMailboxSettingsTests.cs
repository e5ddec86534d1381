using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantMailboxSettingsTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Automatic_replies_start_off_are_set_survive_a_restart_and_turn_off()
    {
        var replies = new AutomaticReplies(true, "Alex has left; write to Megan.", "Alex has left Contoso.", ExternalAudience: true);
        using (var directory = _folder.Open())
        {
            Assert.Equal(AutomaticReplies.Off, await directory.GetAutomaticRepliesAsync(Alex));

            Assert.Equal(replies, await directory.SetAutomaticRepliesAsync(Alex, replies));
            _folder.StampDataFile();
            Assert.Equal(replies, await directory.SetAutomaticRepliesAsync(Alex, replies with { }));
            Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
        }

        using var restarted = _folder.Open();
        Assert.Equal(replies, await restarted.GetAutomaticRepliesAsync(Alex));
        Assert.Equal(AutomaticReplies.Off, await restarted.SetAutomaticRepliesAsync(Alex, AutomaticReplies.Off));
        Assert.Equal(AutomaticReplies.Off, await restarted.GetAutomaticRepliesAsync(Alex));
    }

    [Fact]
    public async Task The_redirect_rule_is_created_replaced_and_removed()
    {
        using var directory = _folder.Open();
        var megan = EmailAddress.Parse("meganb@example.com");

        Assert.Null(await directory.GetRedirectRuleAsync(Alex));
        Assert.Equal(megan, await directory.SetRedirectRuleAsync(Alex, megan));
        var replaced = await directory.SetRedirectRuleAsync(Alex, EmailAddress.Parse("orders@fabrikam.com"));
        Assert.Equal("orders@fabrikam.com", replaced?.Value);
        using (var restarted = _folder.Open())
        {
            Assert.Equal(replaced, await restarted.GetRedirectRuleAsync(Alex));
        }

        Assert.Null(await directory.SetRedirectRuleAsync(Alex, null));
        Assert.Null(await directory.GetRedirectRuleAsync(Alex));
    }

    [Fact]
    public async Task Settings_of_someone_without_a_mailbox_are_not_found()
    {
        var seed = _folder.WriteFile("seed.json", """
            {
              "tenantId": "t1",
              "domains": [ { "name": "example.com", "isVerified": true, "isDefault": true, "supportedServices": [ "Email" ] } ],
              "users": [ { "id": "u1", "userPrincipalName": "ann@example.com", "displayName": "Ann" } ]
            }
            """);
        using var directory = _folder.Open(seedPath: seed);

        var error = await Assert.ThrowsAsync<RecipientNotFoundException>(() => directory.GetAutomaticRepliesAsync("u1"));

        Assert.Contains("Ann", error.Message, StringComparison.Ordinal);
        Assert.Contains("no mailbox", error.Message, StringComparison.Ordinal);
        Assert.Null(await directory.GetMailboxAsync("u1"));
    }

    [Fact]
    public async Task The_seed_allows_external_forwarding_and_a_tenant_without_the_setting_has_Microsofts_default()
    {
        using var directory = _folder.Open();
        var seed = _folder.WriteFile("seed.json", """
            { "tenantId": "t1", "domains": [ { "name": "example.com", "isVerified": true, "isDefault": true } ] }
            """);
        using var other = new TempDataFolder();
        using var bare = other.Open(seedPath: seed);

        Assert.Equal(AutoForwardingMode.On, await directory.GetAutoForwardingModeAsync());
        Assert.Equal(AutoForwardingMode.Automatic, await bare.GetAutoForwardingModeAsync());
    }
}
