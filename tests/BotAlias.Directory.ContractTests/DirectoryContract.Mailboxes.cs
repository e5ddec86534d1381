using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using static BotAlias.Directory.ContractTests.SeedTenant;

namespace BotAlias.Directory.ContractTests;

/// <summary>Address book, mailbox type, forwarding, delegates.</summary>
public abstract partial class DirectoryContract
{
    [Fact]
    public async Task Hiding_and_unhiding_a_mailbox_shows_in_the_mailbox_and_the_recipient()
    {
        var hidden = await Mailboxes.SetHiddenFromAddressListsAsync(Alex, true);
        var hiddenAgain = await Mailboxes.SetHiddenFromAddressListsAsync(Alex, true);

        Assert.True(hidden.HiddenFromAddressLists);
        Assert.True(hiddenAgain.HiddenFromAddressLists);
        Assert.True((await Directory.FindRecipientAsync(Alex))!.HiddenFromAddressLists);

        var shown = await Mailboxes.SetHiddenFromAddressListsAsync(Alex, false);

        Assert.False(shown.HiddenFromAddressLists);
        Assert.False((await MailboxOfAsync(Alex)).HiddenFromAddressLists);
        Assert.False((await Directory.FindRecipientAsync(Alex))!.HiddenFromAddressLists);
    }

    [Fact]
    public async Task Converting_to_shared_and_back_to_regular_keeps_the_user_and_addresses()
    {
        var shared = await Mailboxes.SetMailboxTypeAsync(Adele, MailboxType.Shared);
        var sharedAgain = await Mailboxes.SetMailboxTypeAsync(Adele, MailboxType.Shared);

        Assert.Equal(MailboxType.Shared, shared.Type);
        Assert.Equal(MailboxType.Shared, sharedAgain.Type);
        Assert.Equal(MailboxType.Shared, (await MailboxOfAsync(Adele)).Type);
        Assert.Equal(Adele, await HolderIdAsync("adelev@example.com"));
        Assert.Equal(Adele, (await Directory.FindUserAsync(Adele))?.Id);

        Assert.Equal(MailboxType.Regular, (await Mailboxes.SetMailboxTypeAsync(Adele, MailboxType.Regular)).Type);
        Assert.Equal(MailboxType.Regular, (await MailboxOfAsync(Adele)).Type);
    }

    [Fact]
    public async Task Forwarding_to_a_recipient_or_an_smtp_address_replaces_the_other_and_null_clears_it()
    {
        var toContact = await Mailboxes.SetForwardingAsync(Alex, MailForwarding.ToRecipient(FabrikamContact, deliverToMailboxAndForward: true));
        var toContactAgain = await Mailboxes.SetForwardingAsync(Alex, MailForwarding.ToRecipient(FabrikamContact, deliverToMailboxAndForward: true));

        Assert.Equal(FabrikamContact, toContact.Forwarding?.RecipientId);
        Assert.Null(toContact.Forwarding!.SmtpAddress);
        Assert.True(toContact.Forwarding.DeliverToMailboxAndForward);
        Assert.Equal(toContact.Forwarding, toContactAgain.Forwarding);

        var toSmtp = await Mailboxes.SetForwardingAsync(Alex, MailForwarding.ToSmtpAddress(EmailAddress.Parse("alex@fabrikam.com"), deliverToMailboxAndForward: false));

        Assert.Null(toSmtp.Forwarding?.RecipientId);
        Assert.Equal(EmailAddress.Parse("alex@fabrikam.com"), toSmtp.Forwarding!.SmtpAddress);
        Assert.False(toSmtp.Forwarding.DeliverToMailboxAndForward);
        Assert.Equal(toSmtp.Forwarding, (await MailboxOfAsync(Alex)).Forwarding);

        var toColleague = await Mailboxes.SetForwardingAsync(Alex, MailForwarding.ToRecipient(Megan, deliverToMailboxAndForward: false));
        Assert.Equal(Megan, toColleague.Forwarding?.RecipientId);
        Assert.Null(toColleague.Forwarding!.SmtpAddress);

        Assert.Null((await Mailboxes.SetForwardingAsync(Alex, null)).Forwarding);
        Assert.Null((await Mailboxes.SetForwardingAsync(Alex, null)).Forwarding);
        Assert.Null((await MailboxOfAsync(Alex)).Forwarding);
    }

    [Fact]
    public async Task Delegates_are_granted_and_revoked_right_by_right()
    {
        var fullAccess = await Mailboxes.GrantAccessAsync(Alex, Megan, MailboxAccess.FullAccess);
        var both = await Mailboxes.GrantAccessAsync(Alex, Megan, MailboxAccess.SendAs);
        var bothAgain = await Mailboxes.GrantAccessAsync(Alex, Megan, MailboxAccess.FullAccess | MailboxAccess.SendAs);

        Assert.Equal(MailboxAccess.FullAccess, fullAccess.Delegates[Megan]);
        Assert.Equal(MailboxAccess.FullAccess | MailboxAccess.SendAs, both.Delegates[Megan]);
        Assert.Equal(MailboxAccess.FullAccess | MailboxAccess.SendAs, Assert.Single(bothAgain.Delegates).Value);
        Assert.Equal(MailboxAccess.FullAccess | MailboxAccess.SendAs, (await MailboxOfAsync(Alex)).Delegates[Megan]);

        var sendAs = await Mailboxes.RevokeAccessAsync(Alex, Megan, MailboxAccess.FullAccess);
        var none = await Mailboxes.RevokeAccessAsync(Alex, Megan, MailboxAccess.SendAs);
        var noneAgain = await Mailboxes.RevokeAccessAsync(Alex, Megan, MailboxAccess.FullAccess | MailboxAccess.SendAs);

        Assert.Equal(MailboxAccess.SendAs, sendAs.Delegates[Megan]);
        Assert.Empty(none.Delegates);
        Assert.Empty(noneAgain.Delegates);
        Assert.Empty((await MailboxOfAsync(Alex)).Delegates);
    }
}
