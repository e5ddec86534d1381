using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantMailboxTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_seed_gives_mailboxes_sizes_a_hold_and_the_regular_type()
    {
        using var directory = _folder.Open();

        var adele = await directory.GetMailboxAsync(Adele);
        var patti = await directory.GetMailboxAsync(Patti);

        Assert.Equal(MailboxType.Regular, adele!.Type);
        Assert.True(adele.TotalItemSizeBytes > 50L * 1024 * 1024 * 1024, "Adele's mailbox is over the 50 GB a shared mailbox holds unlicensed");
        Assert.False(adele.OnHold);
        Assert.True(patti!.OnHold);
        Assert.Null(patti.Forwarding);
        Assert.Empty(patti.Delegates);
    }

    [Fact]
    public async Task Unknown_users_and_ids_that_are_not_users_are_reported()
    {
        using var directory = _folder.Open();

        var unknown = await Assert.ThrowsAsync<RecipientNotFoundException>(() => directory.GetMailboxAsync("nobody"));
        var shared = await Assert.ThrowsAsync<RecipientNotFoundException>(() => directory.SetHiddenFromAddressListsAsync(SalesMailbox, true));

        Assert.Contains("nobody", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("shared mailbox", shared.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hiding_shows_in_the_recipient_and_survives_a_restart_and_unhiding_restores()
    {
        using (var directory = _folder.Open())
        {
            var hidden = await directory.SetHiddenFromAddressListsAsync(Alex, true);
            _folder.StampDataFile();
            await directory.SetHiddenFromAddressListsAsync(Alex, true);

            Assert.True(hidden.HiddenFromAddressLists);
            Assert.True((await directory.FindRecipientAsync(Alex))!.HiddenFromAddressLists);
            Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
        }

        using var restarted = _folder.Open();
        Assert.True((await restarted.GetMailboxAsync(Alex))!.HiddenFromAddressLists);
        var shown = await restarted.SetHiddenFromAddressListsAsync(Alex, false);
        Assert.False(shown.HiddenFromAddressLists);
        Assert.False((await restarted.FindUserAsync(Alex))!.Mailbox!.HiddenFromAddressLists);
    }

    [Fact]
    public async Task A_synced_mailbox_is_not_hidden_here()
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() => directory.SetHiddenFromAddressListsAsync(Lynne, true));

        Assert.Equal(DirectoryConflictReason.SyncedFromOnPremises, error.Reason);
        Assert.False((await directory.GetMailboxAsync(Lynne))!.HiddenFromAddressLists);
    }

    [Fact]
    public async Task Converting_to_shared_and_back_keeps_the_user_and_addresses()
    {
        using (var directory = _folder.Open())
        {
            var shared = await directory.SetMailboxTypeAsync(Adele, MailboxType.Shared);
            Assert.Equal(MailboxType.Shared, shared.Type);
        }

        using var restarted = _folder.Open();
        Assert.Equal(MailboxType.Shared, (await restarted.GetMailboxAsync(Adele))!.Type);
        Assert.Equal(RecipientKind.User, (await restarted.FindHolderAsync(EmailAddress.Parse("adelev@example.com")))!.Recipient.Kind);
        var regular = await restarted.SetMailboxTypeAsync(Adele, MailboxType.Regular);
        Assert.Equal(MailboxType.Regular, regular.Type);
        Assert.Null(restarted.GetMailboxUnlicensedSince(Adele));
    }

    [Fact]
    public async Task Forwarding_to_a_recipient_then_to_an_smtp_address_replaces_it_and_null_clears_both()
    {
        using var directory = _folder.Open();

        var toContact = await directory.SetForwardingAsync(Alex, MailForwarding.ToRecipient(FabrikamContact, deliverToMailboxAndForward: true));
        var toSmtp = await directory.SetForwardingAsync(Alex, MailForwarding.ToSmtpAddress(EmailAddress.Parse("alex@fabrikam.com"), false));
        _folder.StampDataFile();
        var again = await directory.SetForwardingAsync(Alex, MailForwarding.ToSmtpAddress(EmailAddress.Parse("ALEX@fabrikam.com"), false));

        Assert.Equal(FabrikamContact, toContact.Forwarding!.RecipientId);
        Assert.True(toContact.Forwarding.DeliverToMailboxAndForward);
        Assert.Null(toSmtp.Forwarding!.RecipientId);
        Assert.Equal("alex@fabrikam.com", toSmtp.Forwarding.SmtpAddress!.Value);
        Assert.False(toSmtp.Forwarding.DeliverToMailboxAndForward);
        Assert.Equal(toSmtp.Forwarding, again.Forwarding);
        Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");

        Assert.Null((await directory.SetForwardingAsync(Alex, null)).Forwarding);
        using var restarted = _folder.Open();
        Assert.Null((await restarted.GetMailboxAsync(Alex))!.Forwarding);
    }

    [Fact]
    public async Task Forwarding_survives_a_restart_and_to_an_unknown_recipient_is_refused()
    {
        using (var directory = _folder.Open())
        {
            await directory.SetForwardingAsync(Alex, MailForwarding.ToRecipient(Megan, false));
            var error = await Assert.ThrowsAsync<RecipientNotFoundException>(
                () => directory.SetForwardingAsync(Alex, MailForwarding.ToRecipient("no-such-recipient", false)));
            Assert.Contains("no-such-recipient", error.Message, StringComparison.Ordinal);
        }

        using var restarted = _folder.Open();
        Assert.Equal(Megan, (await restarted.GetMailboxAsync(Alex))!.Forwarding!.RecipientId);
    }

    [Fact]
    public async Task Delegates_gain_and_lose_rights_one_at_a_time()
    {
        using var directory = _folder.Open();

        await directory.GrantAccessAsync(Alex, Megan, MailboxAccess.FullAccess);
        var both = await directory.GrantAccessAsync(Alex, Megan, MailboxAccess.SendAs);
        _folder.StampDataFile();
        var again = await directory.GrantAccessAsync(Alex, Megan, MailboxAccess.FullAccess | MailboxAccess.SendAs);
        Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");

        var sendAsOnly = await directory.RevokeAccessAsync(Alex, Megan, MailboxAccess.FullAccess);
        var none = await directory.RevokeAccessAsync(Alex, Megan, MailboxAccess.SendAs);
        var stillNone = await directory.RevokeAccessAsync(Alex, Megan, MailboxAccess.SendAs);

        Assert.Equal(MailboxAccess.FullAccess | MailboxAccess.SendAs, both.Delegates[Megan]);
        Assert.Equal(both.Delegates, again.Delegates);
        Assert.Equal(MailboxAccess.SendAs, sendAsOnly.Delegates[Megan]);
        Assert.Empty(none.Delegates);
        Assert.Empty(stillNone.Delegates);
    }

    [Fact]
    public async Task Delegates_survive_a_restart_and_the_trustee_must_be_a_user()
    {
        using (var directory = _folder.Open())
        {
            await directory.GrantAccessAsync(Patti, Isaiah, MailboxAccess.FullAccess);
            await Assert.ThrowsAsync<RecipientNotFoundException>(() => directory.GrantAccessAsync(Patti, SalesMailbox, MailboxAccess.FullAccess));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => directory.GrantAccessAsync(Patti, Isaiah, (MailboxAccess)8));
        }

        using var restarted = _folder.Open();
        var patti = await restarted.GetMailboxAsync(Patti);
        Assert.Equal(MailboxAccess.FullAccess, Assert.Single(patti!.Delegates).Value);
    }
}
