using System.Text.Json.Nodes;
using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Tests.Exchange;

public sealed class ExchangeMailboxAdministrationTests
{
    [Fact]
    public async Task A_mailbox_reads_with_its_type_size_legacy_DN_and_no_delegates()
    {
        await using var world = await ExchangeWorld.StartAsync();
        world.User(ExchangeWorld.Alex).Mailbox!.TotalItemSizeBytes = 1_610_612_736;
        world.User(ExchangeWorld.Alex).Mailbox!.InPlaceHolds.Add("UniH7d895e4c");

        var details = await world.Mailboxes.GetMailboxAsync(ExchangeWorld.Alex);

        Assert.NotNull(details);
        Assert.Equal(ExchangeWorld.Alex, details.UserId);
        Assert.Equal(MailboxType.Regular, details.Type);
        Assert.Equal(1_610_612_736, details.TotalItemSizeBytes);
        Assert.True(details.OnHold);
        Assert.Equal(world.User(ExchangeWorld.Alex).Mailbox!.LegacyExchangeDn, details.LegacyExchangeDn);
        Assert.Empty(details.Delegates);
        Assert.Null(details.Forwarding);
        Assert.Equal(MailboxType.Shared, (await world.Mailboxes.GetMailboxAsync(ExchangeWorld.Sales))!.Type);
    }

    [Fact]
    public async Task A_user_without_a_mailbox_has_none_and_an_unknown_user_is_not_found()
    {
        await using var world = await ExchangeWorld.StartAsync();
        world.User(ExchangeWorld.Adele).Mailbox = null;

        Assert.Null(await world.Mailboxes.GetMailboxAsync(ExchangeWorld.Adele));
        await Assert.ThrowsAsync<RecipientNotFoundException>(() => world.Mailboxes.GetMailboxAsync(Guid.NewGuid().ToString()));
        Assert.Single(world.Calls("Get-User"), call => ExchangeWorld.ParametersOf(call)["Identity"]?.GetValue<string>() == ExchangeWorld.Adele);
    }

    [Fact]
    public async Task Hiding_writes_once_and_reads_back_hidden()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var details = await world.Mailboxes.SetHiddenFromAddressListsAsync(ExchangeWorld.Alex, hidden: true);
        await world.Mailboxes.SetHiddenFromAddressListsAsync(ExchangeWorld.Alex, hidden: true);

        Assert.True(details.HiddenFromAddressLists);
        Assert.True(world.User(ExchangeWorld.Alex).HiddenFromAddressLists);
        var write = Assert.Single(world.Calls("Set-Mailbox"));
        Assert.True(ExchangeWorld.ParametersOf(write)["HiddenFromAddressListsEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Hiding_a_synced_user_is_refused_with_the_sync_reason()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() => world.Mailboxes.SetHiddenFromAddressListsAsync(ExchangeWorld.Lynne, true));

        Assert.Equal(DirectoryConflictReason.SyncedFromOnPremises, error.Reason);
        Assert.False(world.User(ExchangeWorld.Lynne).HiddenFromAddressLists);
    }

    [Fact]
    public async Task Converting_to_shared_and_back_sends_Type_and_reads_back_each_time()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var shared = await world.Mailboxes.SetMailboxTypeAsync(ExchangeWorld.Alex, MailboxType.Shared);
        Assert.Equal("SharedMailbox", world.User(ExchangeWorld.Alex).Mailbox!.RecipientTypeDetails);
        await world.Mailboxes.SetMailboxTypeAsync(ExchangeWorld.Alex, MailboxType.Shared);
        var regular = await world.Mailboxes.SetMailboxTypeAsync(ExchangeWorld.Alex, MailboxType.Regular);

        Assert.Equal(MailboxType.Shared, shared.Type);
        Assert.Equal(MailboxType.Regular, regular.Type);
        Assert.Equal(["Shared", "Regular"], world.Calls("Set-Mailbox").Select(c => ExchangeWorld.ParametersOf(c)["Type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Forwarding_to_a_colleague_then_clearing_it_sends_nulls_and_leaves_nothing_set()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var forwarded = await world.Mailboxes.SetForwardingAsync(ExchangeWorld.Alex, MailForwarding.ToRecipient(ExchangeWorld.Megan, deliverToMailboxAndForward: true));
        await world.Mailboxes.SetForwardingAsync(ExchangeWorld.Alex, MailForwarding.ToRecipient(ExchangeWorld.Megan, deliverToMailboxAndForward: true));
        var cleared = await world.Mailboxes.SetForwardingAsync(ExchangeWorld.Alex, null);

        Assert.Equal(ExchangeWorld.Megan, forwarded.Forwarding!.RecipientId);
        Assert.True(forwarded.Forwarding.DeliverToMailboxAndForward);
        Assert.Null(cleared.Forwarding);
        var mailbox = world.User(ExchangeWorld.Alex).Mailbox!;
        Assert.Equal((null, null, false), (mailbox.ForwardingRecipientId, mailbox.ForwardingSmtpAddress, mailbox.DeliverToMailboxAndForward));
        var writes = world.Calls("Set-Mailbox");
        Assert.Equal(2, writes.Count);
        var clearing = ExchangeWorld.ParametersOf(writes[1]);
        Assert.True(clearing.ContainsKey("ForwardingAddress") && clearing["ForwardingAddress"] is null);
        Assert.True(clearing.ContainsKey("ForwardingSmtpAddress") && clearing["ForwardingSmtpAddress"] is null);
    }

    [Fact]
    public async Task Forwarding_to_an_outside_address_uses_ForwardingSmtpAddress()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var outside = EmailAddress.Parse("alex@fabrikam.com");

        var details = await world.Mailboxes.SetForwardingAsync(ExchangeWorld.Alex, MailForwarding.ToSmtpAddress(outside, deliverToMailboxAndForward: false));

        Assert.Equal(outside, details.Forwarding!.SmtpAddress);
        Assert.Null(details.Forwarding.RecipientId);
        Assert.Equal("smtp:alex@fabrikam.com", ExchangeWorld.ParametersOf(Assert.Single(world.Calls("Set-Mailbox")))["ForwardingSmtpAddress"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_primary_goes_through_PrimarySmtpAddress_and_the_old_one_stays_as_an_alias()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var newPrimary = EmailAddress.Parse("alexw@examplecorp.onmicrosoft.com");

        var recipient = await world.Mailboxes.SetPrimaryAddressAsync(ExchangeWorld.Alex, newPrimary);
        await world.Mailboxes.SetPrimaryAddressAsync(ExchangeWorld.Alex, newPrimary);

        Assert.Equal(newPrimary, recipient.PrimaryAddress);
        Assert.Contains(EmailAddress.Parse("alexw@example.com"), recipient.SecondaryAddresses);
        Assert.Equal(4, world.User(ExchangeWorld.Alex).ProxyAddresses.Count);
        Assert.Equal("alexw@examplecorp.onmicrosoft.com", world.User(ExchangeWorld.Alex).Mail);
        var write = ExchangeWorld.ParametersOf(Assert.Single(world.Calls("Set-Mailbox")));
        Assert.Equal("alexw@examplecorp.onmicrosoft.com", write["PrimarySmtpAddress"]!.GetValue<string>());
        Assert.False(write.ContainsKey("EmailAddresses"));
    }

    [Fact]
    public async Task A_primary_another_recipient_holds_is_refused()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() =>
            world.Mailboxes.SetPrimaryAddressAsync(ExchangeWorld.Alex, EmailAddress.Parse("sales@example.com")));

        Assert.Equal(DirectoryConflictReason.AddressInUse, error.Reason);
        Assert.Equal("alexw@example.com", world.User(ExchangeWorld.Alex).Mail);
    }

    [Fact]
    public async Task The_leavers_legacy_DN_is_added_to_the_colleague_as_X500_and_removed_again()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var legacyDn = world.User(ExchangeWorld.Megan).Mailbox!.LegacyExchangeDn;

        var added = await world.Mailboxes.AddX500AddressAsync(ExchangeWorld.Alex, legacyDn);
        await world.Mailboxes.AddX500AddressAsync(ExchangeWorld.Alex, legacyDn);
        var removed = await world.Mailboxes.RemoveX500AddressAsync(ExchangeWorld.Alex, legacyDn);

        Assert.Equal([legacyDn], added.X500Addresses);
        Assert.Empty(removed.X500Addresses);
        var writes = world.Calls("Set-Mailbox").Select(c => ExchangeWorld.ParametersOf(c)["EmailAddresses"]!.AsObject()).ToList();
        Assert.Equal(2, writes.Count);
        Assert.Equal("X500:" + legacyDn, writes[0]["Add"]![0]!.GetValue<string>());
        Assert.Equal("X500:" + legacyDn, writes[1]["Remove"]![0]!.GetValue<string>());
        Assert.Equal(4, world.User(ExchangeWorld.Alex).ProxyAddresses.Count);
        await Assert.ThrowsAsync<ArgumentException>(() => world.Mailboxes.AddX500AddressAsync(ExchangeWorld.Alex, "X500:" + legacyDn));
    }

    [Fact]
    public async Task A_colleague_gets_FullAccess_and_SendAs_once_and_loses_them_on_revoke()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var both = MailboxAccess.FullAccess | MailboxAccess.SendAs;

        var granted = await world.Mailboxes.GrantAccessAsync(ExchangeWorld.Alex, ExchangeWorld.Megan, both);
        await world.Mailboxes.GrantAccessAsync(ExchangeWorld.Alex, ExchangeWorld.Megan, both);

        Assert.Equal(both, granted.Delegates[ExchangeWorld.Megan]);
        Assert.Single(granted.Delegates);
        Assert.Single(world.Calls("Add-MailboxPermission"));
        Assert.Single(world.Calls("Add-RecipientPermission"));
        var fullAccess = ExchangeWorld.ParametersOf(world.Calls("Add-MailboxPermission")[0]);
        Assert.Equal(ExchangeWorld.Megan, fullAccess["User"]!.GetValue<string>());
        Assert.Equal(["FullAccess"], fullAccess["AccessRights"]!.AsArray().Select(r => r!.GetValue<string>()));

        var revoked = await world.Mailboxes.RevokeAccessAsync(ExchangeWorld.Alex, ExchangeWorld.Megan, MailboxAccess.SendAs);

        Assert.Equal(MailboxAccess.FullAccess, revoked.Delegates[ExchangeWorld.Megan]);
        Assert.Empty(world.User(ExchangeWorld.Alex).Mailbox!.SendAs);
        Assert.Single(world.Calls("Remove-RecipientPermission"));
        Assert.Empty(world.Calls("Remove-MailboxPermission"));
    }

    [Fact]
    public async Task Granting_access_to_someone_who_does_not_exist_is_not_found()
    {
        await using var world = await ExchangeWorld.StartAsync();

        await Assert.ThrowsAsync<RecipientNotFoundException>(() =>
            world.Mailboxes.GrantAccessAsync(ExchangeWorld.Alex, Guid.NewGuid().ToString(), MailboxAccess.FullAccess));
        Assert.Empty(world.User(ExchangeWorld.Alex).Mailbox!.FullAccess);
    }

    [Fact]
    public async Task Granting_access_whose_answer_was_lost_is_completed_by_a_rerun_without_a_second_grant()
    {
        await using var world = await ExchangeWorld.StartAsync();
        world.Server.Faults.Add(new BotAlias.Microsoft365.FakeServer.Hosting.InjectedFault
        {
            Service = BotAlias.Microsoft365.FakeServer.Hosting.FakeService.Exchange,
            OperationContains = "Add-MailboxPermission",
            StatusCode = 503,
            Timing = BotAlias.Microsoft365.FakeServer.Hosting.FaultTiming.AfterHandling,
        });
        var both = MailboxAccess.FullAccess | MailboxAccess.SendAs;

        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => world.Mailboxes.GrantAccessAsync(ExchangeWorld.Alex, ExchangeWorld.Megan, both));
        var details = await world.Mailboxes.GrantAccessAsync(ExchangeWorld.Alex, ExchangeWorld.Megan, both);

        Assert.Equal(both, details.Delegates[ExchangeWorld.Megan]);
        Assert.Single(world.Calls("Add-MailboxPermission"));
        Assert.Single(world.Calls("Add-RecipientPermission"));
    }
}
