using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using static BotAlias.Directory.ContractTests.SeedTenant;

namespace BotAlias.Directory.ContractTests;

/// <summary>Proxy addresses: one holder each, primaries kept, synced objects and foreign domains refused, a cap.</summary>
public abstract partial class DirectoryContract
{
    [Fact]
    public async Task Adding_and_removing_a_secondary_address_is_idempotent_and_read_back()
    {
        var address = EmailAddress.Parse("a.wilber@example.com");

        var added = await Provisioner.AddSecondaryAddressAsync(Alex, address);
        var addedAgain = await Provisioner.AddSecondaryAddressAsync(Alex, EmailAddress.Parse("A.Wilber@example.com"));

        Assert.Contains(address, added.SecondaryAddresses);
        Assert.Equal(added.SecondaryAddresses.Count, addedAgain.SecondaryAddresses.Count);
        Assert.Equal(Alex, await HolderIdAsync("a.wilber@example.com"));
        Assert.False((await Directory.FindHolderAsync(address))!.IsPrimary);

        var removed = await Provisioner.RemoveSecondaryAddressAsync(Alex, address);
        var removedAgain = await Provisioner.RemoveSecondaryAddressAsync(Alex, address);

        Assert.DoesNotContain(address, removed.SecondaryAddresses);
        Assert.Equal(removed.SecondaryAddresses, removedAgain.SecondaryAddresses);
        Assert.Equal(3, removedAgain.SecondaryAddresses.Count);
        Assert.Null(await Directory.FindHolderAsync(address));
    }

    [Theory]
    [InlineData("alex.wilber@example.com", Alex)]
    [InlineData("accounts@example.com", FinanceGroup)]
    [InlineData("sales@example.com", SalesMailbox)]
    [InlineData("fabrikam.orders@example.com", FabrikamContact)]
    [InlineData("marketing@example.com", MarketingDynamicGroup)]
    [InlineData("diegos@example.com", DiegoSoftDeletedMailbox)]
    [InlineData("johanna.lorenz@example.com", JohannaDeletedUser)]
    public async Task An_address_another_recipient_holds_is_refused_and_stays_where_it_is(string address, string holderId)
    {
        await AssertRefusedAsync(DirectoryConflictReason.AddressInUse,
            () => Provisioner.AddSecondaryAddressAsync(Adele, EmailAddress.Parse(address)));

        Assert.Equal(holderId, await HolderIdAsync(address));
        Assert.DoesNotContain(EmailAddress.Parse(address), (await Directory.FindRecipientAsync(Adele))!.AllAddresses);
    }

    [Fact]
    public async Task A_primary_address_is_never_removed()
    {
        await AssertRefusedAsync(DirectoryConflictReason.PrimaryAddress,
            () => Provisioner.RemoveSecondaryAddressAsync(Alex, EmailAddress.Parse("alexw@example.com")));

        Assert.True((await Directory.FindHolderAsync(EmailAddress.Parse("alexw@example.com")))!.IsPrimary);
    }

    [Fact]
    public async Task A_user_synced_from_on_premises_keeps_its_addresses()
    {
        await AssertRefusedAsync(DirectoryConflictReason.SyncedFromOnPremises,
            () => Provisioner.AddSecondaryAddressAsync(Lynne, EmailAddress.Parse("lynne@example.com")));
        await AssertRefusedAsync(DirectoryConflictReason.SyncedFromOnPremises,
            () => Provisioner.RemoveSecondaryAddressAsync(Lynne, EmailAddress.Parse("lynne.robbins@example.com")));
        await AssertRefusedAsync(DirectoryConflictReason.SyncedFromOnPremises,
            () => Mailboxes.SetPrimaryAddressAsync(Lynne, EmailAddress.Parse("lynne.robbins@example.com")));

        Assert.Null(await Directory.FindHolderAsync(EmailAddress.Parse("lynne@example.com")));
        Assert.Equal(Lynne, await HolderIdAsync("lynne.robbins@example.com"));
        Assert.True((await Directory.FindHolderAsync(EmailAddress.Parse("lynner@example.com")))!.IsPrimary);
    }

    [Theory]
    [InlineData("alex@example.org")]
    [InlineData("alex@fabrikam.com")]
    public async Task An_address_outside_the_verified_mail_domains_is_refused(string address)
    {
        await AssertRefusedAsync(DirectoryConflictReason.DomainNotAccepted,
            () => Provisioner.AddSecondaryAddressAsync(Alex, EmailAddress.Parse(address)));

        Assert.Null(await Directory.FindHolderAsync(EmailAddress.Parse(address)));
    }

    [Fact]
    public async Task Setting_a_primary_keeps_the_old_one_as_a_secondary_and_leaves_the_sign_in_name()
    {
        var onmicrosoft = EmailAddress.Parse("alexw@examplecorp.onmicrosoft.com");

        var alex = await Mailboxes.SetPrimaryAddressAsync(Alex, onmicrosoft);
        var again = await Mailboxes.SetPrimaryAddressAsync(Alex, onmicrosoft);

        Assert.Equal(onmicrosoft, alex.PrimaryAddress);
        Assert.Contains(EmailAddress.Parse("alexw@example.com"), alex.SecondaryAddresses);
        Assert.DoesNotContain(onmicrosoft, alex.SecondaryAddresses);
        Assert.Equal(4, alex.AllAddresses.Count());
        Assert.Equal(alex.AllAddresses.OrderBy(a => a.Value, StringComparer.OrdinalIgnoreCase), again.AllAddresses.OrderBy(a => a.Value, StringComparer.OrdinalIgnoreCase));
        Assert.True((await Directory.FindHolderAsync(onmicrosoft))!.IsPrimary);
        Assert.False((await Directory.FindHolderAsync(EmailAddress.Parse("alexw@example.com")))!.IsPrimary);
        Assert.Equal("alexw@example.com", (await Directory.FindUserAsync(Alex))!.UserPrincipalName);
    }

    [Fact]
    public async Task A_primary_another_recipient_holds_is_refused()
    {
        await AssertRefusedAsync(DirectoryConflictReason.AddressInUse,
            () => Mailboxes.SetPrimaryAddressAsync(Adele, EmailAddress.Parse("alexw@example.com")));

        Assert.Equal(Alex, await HolderIdAsync("alexw@example.com"));
        Assert.Equal("adelev@example.com", (await Directory.FindRecipientAsync(Adele))!.PrimaryAddress.Value);
    }

    [Fact]
    public async Task X500_addresses_are_added_and_removed_idempotently_with_one_holder_each()
    {
        var megan = await Mailboxes.AddX500AddressAsync(Megan, AlexLegacyExchangeDn);
        var meganAgain = await Mailboxes.AddX500AddressAsync(Megan, AlexLegacyExchangeDn);
        await AssertRefusedAsync(DirectoryConflictReason.AddressInUse, () => Mailboxes.AddX500AddressAsync(Adele, AlexLegacyExchangeDn));

        Assert.Equal([AlexLegacyExchangeDn], megan.X500Addresses);
        Assert.Equal([AlexLegacyExchangeDn], meganAgain.X500Addresses);
        Assert.Equal([AlexLegacyExchangeDn], (await MailboxOfAsync(Megan)).X500Addresses);
        Assert.Empty((await MailboxOfAsync(Adele)).X500Addresses);

        var removed = await Mailboxes.RemoveX500AddressAsync(Megan, AlexLegacyExchangeDn);
        var removedAgain = await Mailboxes.RemoveX500AddressAsync(Megan, AlexLegacyExchangeDn);

        Assert.Empty(removed.X500Addresses);
        Assert.Empty(removedAgain.X500Addresses);
        Assert.Equal([AlexLegacyExchangeDn], (await Mailboxes.AddX500AddressAsync(Adele, AlexLegacyExchangeDn)).X500Addresses);
    }

    [Fact]
    public async Task A_recipient_at_the_address_cap_gets_no_more()
    {
        var cap = Tenant.MaxProxyAddresses;
        var isaiah = (await Directory.FindRecipientAsync(Isaiah))!;
        Assert.True(cap > isaiah.AllAddresses.Count(), $"the scenario needs a cap above Isaiah's {isaiah.AllAddresses.Count()} addresses; it is {cap}");

        for (var i = isaiah.AllAddresses.Count(); i < cap; i++)
        {
            isaiah = await Provisioner.AddSecondaryAddressAsync(Isaiah, EmailAddress.Parse($"isaiah.cap{i}@example.com"));
        }

        await AssertRefusedAsync(DirectoryConflictReason.AddressCapReached,
            () => Provisioner.AddSecondaryAddressAsync(Isaiah, EmailAddress.Parse("isaiah.over@example.com")));
        await AssertRefusedAsync(DirectoryConflictReason.AddressCapReached,
            () => Mailboxes.AddX500AddressAsync(Isaiah, "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=isaiah-over"));

        Assert.Equal(cap, isaiah.AllAddresses.Count());
        Assert.Equal(cap, (await Directory.FindRecipientAsync(Isaiah))!.AllAddresses.Count());
        Assert.Null(await Directory.FindHolderAsync(EmailAddress.Parse("isaiah.over@example.com")));
    }
}
