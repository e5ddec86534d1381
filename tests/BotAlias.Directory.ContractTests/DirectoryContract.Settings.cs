using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using static BotAlias.Directory.ContractTests.SeedTenant;

namespace BotAlias.Directory.ContractTests;

/// <summary>Automatic replies, the inbox redirect rule, the organisation's forwarding policy.</summary>
public abstract partial class DirectoryContract
{
    [Fact]
    public async Task Automatic_replies_are_set_read_back_and_turned_off()
    {
        var replies = new AutomaticReplies(true, "Alex has left; please write to Megan.", "Alex no longer works here.", ExternalAudience: true);

        Assert.Equal(AutomaticReplies.Off, await MailboxSettings.GetAutomaticRepliesAsync(Alex));
        Assert.Equal(replies, await MailboxSettings.SetAutomaticRepliesAsync(Alex, replies));
        Assert.Equal(replies, await MailboxSettings.SetAutomaticRepliesAsync(Alex, replies));
        Assert.Equal(replies, await MailboxSettings.GetAutomaticRepliesAsync(Alex));

        var internalOnly = replies with { ExternalAudience = false };
        Assert.Equal(internalOnly, await MailboxSettings.SetAutomaticRepliesAsync(Alex, internalOnly));

        Assert.False((await MailboxSettings.SetAutomaticRepliesAsync(Alex, AutomaticReplies.Off)).Enabled);
        Assert.False((await MailboxSettings.GetAutomaticRepliesAsync(Alex)).Enabled);
    }

    [Fact]
    public async Task The_inbox_redirect_rule_is_created_replaced_and_removed()
    {
        var megan = EmailAddress.Parse("meganb@example.com");
        var outside = EmailAddress.Parse("orders@fabrikam.com");

        Assert.Null(await MailboxSettings.GetRedirectRuleAsync(Alex));
        Assert.Equal(megan, await MailboxSettings.SetRedirectRuleAsync(Alex, megan));
        Assert.Equal(megan, await MailboxSettings.SetRedirectRuleAsync(Alex, megan));
        Assert.Equal(megan, await MailboxSettings.GetRedirectRuleAsync(Alex));
        Assert.Equal(outside, await MailboxSettings.SetRedirectRuleAsync(Alex, outside));
        Assert.Equal(outside, await MailboxSettings.GetRedirectRuleAsync(Alex));
        Assert.Null(await MailboxSettings.SetRedirectRuleAsync(Alex, null));
        Assert.Null(await MailboxSettings.SetRedirectRuleAsync(Alex, null));
        Assert.Null(await MailboxSettings.GetRedirectRuleAsync(Alex));
    }

    [Fact]
    public async Task The_seed_organisation_allows_automatic_external_forwarding()
    {
        Assert.Equal(AutoForwardingMode.On, await Tenant.MailFlow.GetAutoForwardingModeAsync());
    }
}
