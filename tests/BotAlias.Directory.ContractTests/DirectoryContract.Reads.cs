using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using static BotAlias.Directory.ContractTests.SeedTenant;

namespace BotAlias.Directory.ContractTests;

/// <summary>Reads: users, managers, domains, who holds an address.</summary>
public abstract partial class DirectoryContract
{
    [Fact]
    public async Task Finds_a_user_by_id_and_by_principal_name_whatever_its_case()
    {
        var byId = await Directory.FindUserAsync(Alex);
        var byName = await Directory.FindUserByPrincipalNameAsync("MeganB@Example.COM");
        var lynne = await Directory.FindUserAsync(Lynne);

        Assert.Equal("Alex Wilber", byId?.DisplayName);
        Assert.Equal("alexw@example.com", byId!.UserPrincipalName);
        Assert.True(byId.AccountEnabled);
        Assert.Equal("alexw@example.com", byId.Mailbox?.PrimaryAddress.Value);
        Assert.Equal(Megan, byName?.Id);
        Assert.True(lynne!.OnPremisesSyncEnabled);
    }

    [Fact]
    public async Task Finds_a_users_manager_and_none_above_the_top()
    {
        Assert.Equal(Megan, (await Directory.GetManagerAsync(Alex))?.Id);
        Assert.Equal(Patti, (await Directory.GetManagerAsync(Megan))?.Id);
        Assert.Null(await Directory.GetManagerAsync(Patti));
    }

    [Fact]
    public async Task Lists_a_managers_direct_reports_by_name_and_none_for_someone_without()
    {
        var megans = await Directory.GetDirectReportsAsync(Megan);
        var pattis = await Directory.GetDirectReportsAsync(Patti);

        Assert.Equal(["Adele Vance", "Alex Wilber"], megans.Select(u => u.DisplayName));
        Assert.Equal([Adele, Alex], megans.Select(u => u.Id));
        Assert.Contains(pattis, u => u.Id == Megan);
        Assert.DoesNotContain(pattis, u => u.Id == Alex);
        Assert.Empty(await Directory.GetDirectReportsAsync(Alex));
    }

    [Fact]
    public async Task Lists_the_domains_with_their_verification_default_and_mail_support()
    {
        var domains = (await Directory.GetDomainsAsync()).ToDictionary(d => d.Name, StringComparer.OrdinalIgnoreCase);

        Assert.True(domains["example.com"] is { IsVerified: true, IsDefault: true, SupportsEmail: true });
        Assert.True(domains["contoso-old.com"] is { IsVerified: true, IsDefault: false, SupportsEmail: true });
        Assert.True(domains["examplecorp.onmicrosoft.com"] is { IsVerified: true, IsInitial: true, SupportsEmail: true });
        Assert.False(domains["example.org"].IsVerified);
    }

    [Theory]
    [InlineData("AlexW@example.com", Alex, RecipientKind.User, true)]
    [InlineData("alex.wilber@EXAMPLE.com", Alex, RecipientKind.User, false)]
    [InlineData("sales@contoso-old.com", SalesMailbox, RecipientKind.SharedMailbox, false)]
    [InlineData("finance@example.com", FinanceGroup, RecipientKind.Group, true)]
    [InlineData("accounts@example.com", FinanceGroup, RecipientKind.Group, false)]
    [InlineData("fabrikam.orders@example.com", FabrikamContact, RecipientKind.MailContact, true)]
    public async Task Finds_the_holder_of_a_primary_or_secondary_address_of_any_kind(string address, string holderId, RecipientKind kind, bool isPrimary)
    {
        var holder = await Directory.FindHolderAsync(EmailAddress.Parse(address));

        Assert.Equal(holderId, holder?.Recipient.Id);
        Assert.Equal(kind, holder!.Recipient.Kind);
        Assert.Equal(isPrimary, holder.IsPrimary);
        Assert.Equal(EmailAddress.Parse(address), holder.Address);
    }

    [Theory]
    [InlineData("marketing@example.com", MarketingDynamicGroup, RecipientKind.DynamicDistributionGroup)]
    [InlineData("diego.siciliani@example.com", DiegoSoftDeletedMailbox, RecipientKind.SoftDeletedMailbox)]
    [InlineData("johannal@example.com", JohannaDeletedUser, RecipientKind.DeletedObject)]
    public async Task Finds_holders_that_Graph_alone_cannot_see(string address, string holderId, RecipientKind kind)
    {
        var holder = await Directory.FindHolderAsync(EmailAddress.Parse(address));

        Assert.Equal(holderId, holder?.Recipient.Id);
        Assert.Equal(kind, holder!.Recipient.Kind);
    }

    [Fact]
    public async Task Reports_what_does_not_exist_as_absent_on_reads_and_as_not_found_on_writes()
    {
        Assert.Null(await Directory.FindHolderAsync(EmailAddress.Parse("nobody.yet@example.com")));
        Assert.Null(await Directory.FindHolderAsync(EmailAddress.Parse("orders@fabrikam.com")));
        Assert.Null(await Directory.FindUserAsync("00000000-0000-0000-0000-0000000000099"));
        Assert.Null(await Directory.FindUserByPrincipalNameAsync("nobody.yet@example.com"));
        Assert.Null(await Directory.FindRecipientAsync("00000000-0000-0000-0000-0000000000099"));

        const string missing = "00000000-0000-0000-0000-0000000000099";
        await Assert.ThrowsAsync<RecipientNotFoundException>(() => Provisioner.AddSecondaryAddressAsync(missing, EmailAddress.Parse("new.one@example.com")));
        await Assert.ThrowsAsync<RecipientNotFoundException>(() => Mailboxes.GetMailboxAsync(missing));
        await Assert.ThrowsAsync<RecipientNotFoundException>(() => Accounts.SetAccountEnabledAsync(missing, false));
        await Assert.ThrowsAsync<RecipientNotFoundException>(() => Tenant.TeamsApps.EnsureInstalledForUserAsync(missing));
    }

    [Fact]
    public async Task Reads_the_mailbox_details_offboarding_plans_with()
    {
        var alex = await MailboxOfAsync(Alex);
        var adele = await MailboxOfAsync(Adele);
        var patti = await MailboxOfAsync(Patti);

        Assert.Equal(Alex, alex.UserId);
        Assert.Equal(AlexLegacyExchangeDn, alex.LegacyExchangeDn);
        Assert.Equal(Core.Administration.MailboxType.Regular, alex.Type);
        Assert.False(alex.HiddenFromAddressLists);
        Assert.Null(alex.Forwarding);
        Assert.Empty(alex.X500Addresses);
        Assert.Empty(alex.Delegates);
        Assert.True(adele.TotalItemSizeBytes > 50L * 1024 * 1024 * 1024);
        Assert.True(patti.OnHold);
        Assert.False(adele.OnHold);
    }
}
