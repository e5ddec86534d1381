using System.Text.Json.Nodes;
using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.Tests.Exchange;

public sealed class ExchangeMailProvisionerTests
{
    private static readonly EmailAddress NewAlias = EmailAddress.Parse("alex.marketing@example.com");

    [Fact]
    public async Task Adding_an_alias_sends_an_Add_hashtable_and_keeps_every_other_address()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var before = world.User(ExchangeWorld.Alex).ProxyAddresses.ToList();

        var recipient = await world.Provisioner.AddSecondaryAddressAsync(ExchangeWorld.Alex, NewAlias);

        Assert.Contains(NewAlias, recipient.SecondaryAddresses);
        Assert.Equal(EmailAddress.Parse("alexw@example.com"), recipient.PrimaryAddress);
        Assert.Equal(RecipientKind.User, recipient.Kind);
        // The shared tenant is what Graph reads: the alias shows in proxyAddresses next to all the old ones.
        Assert.Equal([.. before, "smtp:alex.marketing@example.com"], world.User(ExchangeWorld.Alex).ProxyAddresses);
        var emailAddresses = Assert.IsType<JsonObject>(ExchangeWorld.ParametersOf(Assert.Single(world.Calls("Set-Mailbox")))["EmailAddresses"]);
        Assert.Equal("#Exchange.GenericHashTable", emailAddresses["@odata.type"]!.GetValue<string>());
        Assert.Equal(["smtp:alex.marketing@example.com"], emailAddresses["Add"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Null(emailAddresses["Remove"]);
    }

    [Fact]
    public async Task Adding_an_alias_twice_writes_once()
    {
        await using var world = await ExchangeWorld.StartAsync();

        await world.Provisioner.AddSecondaryAddressAsync(ExchangeWorld.Alex, NewAlias);
        var again = await world.Provisioner.AddSecondaryAddressAsync(ExchangeWorld.Alex, EmailAddress.Parse("Alex.Marketing@example.com"));

        Assert.Single(world.Calls("Set-Mailbox"));
        Assert.Single(again.SecondaryAddresses, a => a == NewAlias);
        Assert.Single(world.User(ExchangeWorld.Alex).ProxyAddresses, p => p.Equals("smtp:alex.marketing@example.com", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_write_whose_answer_was_lost_is_run_again_without_applying_twice()
    {
        await using var world = await ExchangeWorld.StartAsync();
        world.Server.Faults.Add(new InjectedFault
        {
            Service = FakeService.Exchange, OperationContains = "Set-Mailbox", StatusCode = 504, ErrorCode = "GatewayTimeout", Timing = FaultTiming.AfterHandling,
        });

        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => world.Provisioner.AddSecondaryAddressAsync(ExchangeWorld.Alex, NewAlias));
        Assert.Contains("smtp:alex.marketing@example.com", world.User(ExchangeWorld.Alex).ProxyAddresses);

        var recipient = await world.Provisioner.AddSecondaryAddressAsync(ExchangeWorld.Alex, NewAlias);

        Assert.Contains(NewAlias, recipient.SecondaryAddresses);
        Assert.Single(world.Calls("Set-Mailbox"));
        Assert.Single(world.User(ExchangeWorld.Alex).ProxyAddresses, p => p.Equals("smtp:alex.marketing@example.com", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_address_another_recipient_holds_is_an_AddressInUse_conflict_and_nothing_changes()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var before = world.User(ExchangeWorld.Alex).ProxyAddresses.ToList();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() =>
            world.Provisioner.AddSecondaryAddressAsync(ExchangeWorld.Alex, EmailAddress.Parse("megan.bowen@example.com")));

        Assert.Equal(DirectoryConflictReason.AddressInUse, error.Reason);
        Assert.Contains("Megan Bowen", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, world.User(ExchangeWorld.Alex).ProxyAddresses);
    }

    [Fact]
    public async Task An_address_a_soft_deleted_mailbox_still_holds_is_in_use()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var leaver = new FakeExchangeOnlyRecipient { Id = Guid.NewGuid().ToString(), DisplayName = "Old Leaver", RecipientTypeDetails = "UserMailbox", IsSoftDeleted = true };
        leaver.ProxyAddresses.Add("SMTP:old.leaver@example.com");
        world.Tenant.ExchangeOnlyRecipients.Add(leaver);

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() =>
            world.Provisioner.AddSecondaryAddressAsync(ExchangeWorld.Alex, EmailAddress.Parse("old.leaver@example.com")));

        Assert.Equal(DirectoryConflictReason.AddressInUse, error.Reason);
    }

    [Fact]
    public async Task A_user_synced_from_on_premises_is_refused_with_the_sync_reason()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() =>
            world.Provisioner.AddSecondaryAddressAsync(ExchangeWorld.Lynne, EmailAddress.Parse("lynne.planning@example.com")));

        Assert.Equal(DirectoryConflictReason.SyncedFromOnPremises, error.Reason);
        Assert.DoesNotContain("smtp:lynne.planning@example.com", world.User(ExchangeWorld.Lynne).ProxyAddresses);
    }

    [Fact]
    public async Task An_address_at_a_domain_Exchange_does_not_accept_is_refused()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() =>
            world.Provisioner.AddSecondaryAddressAsync(ExchangeWorld.Alex, EmailAddress.Parse("alex@example.org")));

        Assert.Equal(DirectoryConflictReason.DomainNotAccepted, error.Reason);
    }

    [Fact]
    public async Task Removing_an_alias_sends_a_Remove_hashtable_and_a_second_removal_writes_nothing()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var alias = EmailAddress.Parse("alexw@contoso-old.com");

        var recipient = await world.Provisioner.RemoveSecondaryAddressAsync(ExchangeWorld.Alex, alias);
        await world.Provisioner.RemoveSecondaryAddressAsync(ExchangeWorld.Alex, alias);

        Assert.DoesNotContain(alias, recipient.AllAddresses);
        Assert.DoesNotContain("smtp:alexw@contoso-old.com", world.User(ExchangeWorld.Alex).ProxyAddresses);
        Assert.Equal(3, world.User(ExchangeWorld.Alex).ProxyAddresses.Count);
        var emailAddresses = ExchangeWorld.ParametersOf(Assert.Single(world.Calls("Set-Mailbox")))["EmailAddresses"]!.AsObject();
        Assert.Equal(["smtp:alexw@contoso-old.com"], emailAddresses["Remove"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public async Task The_primary_address_is_never_removed()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() =>
            world.Provisioner.RemoveSecondaryAddressAsync(ExchangeWorld.Alex, EmailAddress.Parse("alexw@example.com")));

        Assert.Equal(DirectoryConflictReason.PrimaryAddress, error.Reason);
        Assert.Empty(world.Calls("Set-Mailbox"));
        Assert.Contains("SMTP:alexw@example.com", world.User(ExchangeWorld.Alex).ProxyAddresses);
    }

    [Fact]
    public async Task A_group_gets_its_alias_through_Set_DistributionGroup()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var group = await world.Provisioner.AddSecondaryAddressAsync(ExchangeWorld.Finance, EmailAddress.Parse("invoices@example.com"));

        Assert.Equal(RecipientKind.Group, group.Kind);
        Assert.Contains(EmailAddress.Parse("invoices@example.com"), group.SecondaryAddresses);
        Assert.Single(world.Calls("Set-DistributionGroup"));
        Assert.Contains("smtp:invoices@example.com", world.Tenant.Groups[ExchangeWorld.Finance].ProxyAddresses);
    }

    [Fact]
    public async Task A_dynamic_group_Graph_cannot_see_gets_its_alias_through_Set_DynamicDistributionGroup()
    {
        await using var world = await ExchangeWorld.StartAsync();
        const string marketingEveryone = "00000000-0000-0000-0000-0000000000060";

        var group = await world.Provisioner.AddSecondaryAddressAsync(marketingEveryone, EmailAddress.Parse("marketing-all@example.com"));

        Assert.Equal(RecipientKind.DynamicDistributionGroup, group.Kind);
        Assert.Contains(EmailAddress.Parse("marketing-all@example.com"), group.SecondaryAddresses);
        Assert.Single(world.Calls("Set-DynamicDistributionGroup"));
    }

    [Fact]
    public async Task An_unknown_recipient_is_not_found()
    {
        await using var world = await ExchangeWorld.StartAsync();

        await Assert.ThrowsAsync<RecipientNotFoundException>(() =>
            world.Provisioner.AddSecondaryAddressAsync(Guid.NewGuid().ToString(), NewAlias));
    }
}
