using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantReadTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Seed_loads_the_playground_tenant_and_Alex_reports_to_Megan()
    {
        using var directory = _folder.Open();

        Assert.Equal(Tenant, directory.TenantId);
        var alex = await directory.FindUserAsync(Alex);
        Assert.NotNull(alex);
        Assert.Equal("Alex Wilber", alex.DisplayName);
        Assert.Equal("alexw@example.com", alex.UserPrincipalName);
        Assert.Equal("alexw@example.com", alex.Mailbox!.PrimaryAddress.Value);

        var manager = await directory.GetManagerAsync(Alex);
        Assert.Equal("Megan Bowen", manager?.DisplayName);
        Assert.Equal(Patti, (await directory.GetManagerAsync(Megan))?.Id);
        Assert.Null(await directory.GetManagerAsync(Patti));
        Assert.True(File.Exists(_folder.DataFile), "the seed is copied into the data folder on first start");
    }

    [Fact]
    public async Task Users_are_found_by_principal_name_whatever_its_case()
    {
        using var directory = _folder.Open();

        Assert.Equal(Megan, (await directory.FindUserByPrincipalNameAsync("MeganB@Example.COM"))?.Id);
        Assert.Null(await directory.FindUserByPrincipalNameAsync("nobody@example.com"));
        Assert.Null(await directory.FindUserAsync("user-id-0"));
    }

    [Theory]
    [InlineData("ALEXW@example.com", Alex, RecipientKind.User, true)]
    [InlineData("Alex.Wilber@EXAMPLE.com", Alex, RecipientKind.User, false)]
    [InlineData("alexw@contoso-old.com", Alex, RecipientKind.User, false)]
    [InlineData("Finance@example.com", FinanceGroup, RecipientKind.Group, true)]
    [InlineData("accounts@example.com", FinanceGroup, RecipientKind.Group, false)]
    [InlineData("sales@example.com", SalesMailbox, RecipientKind.SharedMailbox, true)]
    [InlineData("FABRIKAM.ORDERS@example.com", FabrikamContact, RecipientKind.MailContact, true)]
    public async Task Holder_of_an_address_is_found_ignoring_case(string address, string holderId, RecipientKind kind, bool isPrimary)
    {
        using var directory = _folder.Open();

        var holder = await directory.FindHolderAsync(EmailAddress.Parse(address));

        Assert.NotNull(holder);
        Assert.Equal(holderId, holder.Recipient.Id);
        Assert.Equal(kind, holder.Recipient.Kind);
        Assert.Equal(isPrimary, holder.IsPrimary);
    }

    [Theory]
    [InlineData("nobody@example.com")]
    [InlineData("orders@fabrikam.com")] // a contact's external address is where mail goes, not an address the tenant holds
    public async Task Address_nobody_holds_has_no_holder(string address)
    {
        using var directory = _folder.Open();

        Assert.Null(await directory.FindHolderAsync(EmailAddress.Parse(address)));
    }

    [Fact]
    public async Task Domains_report_verification_default_and_mail_support()
    {
        using var directory = _folder.Open();

        var domains = (await directory.GetDomainsAsync()).ToDictionary(d => d.Name);

        Assert.True(domains["example.com"] is { IsVerified: true, IsDefault: true, SupportsEmail: true });
        Assert.True(domains["contoso-old.com"] is { IsVerified: true, IsDefault: false, SupportsEmail: true });
        Assert.True(domains["examplecorp.onmicrosoft.com"] is { IsVerified: true, IsInitial: true });
        Assert.True(domains["webmail.example.net"].IsVerified);
        Assert.False(domains["example.org"].IsVerified);
    }

    [Fact]
    public async Task Group_membership_is_checked_by_group_id_or_name()
    {
        using var directory = _folder.Open();

        Assert.True(await directory.IsMemberOfGroupAsync(Patti, AdminsGroup));
        Assert.True(await directory.IsMemberOfGroupAsync(Patti, "botalias admins"));
        Assert.False(await directory.IsMemberOfGroupAsync(Alex, "BotAlias Admins"));
        Assert.True(await directory.IsMemberOfGroupAsync(Megan, "Mail Approvers"));
        Assert.False(await directory.IsMemberOfGroupAsync(Adele, "Mail Approvers"));
        Assert.False(await directory.IsMemberOfGroupAsync(Patti, "No Such Group"));
        Assert.Null(directory.FindGroup("BotAlias Admins")!.Mail);
        Assert.Equal("finance@example.com", directory.FindGroup("Finance")!.Mail!.PrimaryAddress.Value);
    }

    [Fact]
    public async Task Lynne_is_synced_from_on_premises_and_has_a_legacy_exchange_dn()
    {
        using var directory = _folder.Open();

        var lynne = await directory.FindUserAsync(Lynne);

        Assert.True(lynne!.OnPremisesSyncEnabled);
        Assert.True(lynne.Mailbox!.OnPremisesSyncEnabled);
        Assert.StartsWith("/o=ExchangeLabs/", directory.FindLegacyExchangeDn(Lynne), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_copied_to_the_output_folder_is_the_built_in_seed()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "DemoTenant", "demo-tenant.json");
        Assert.True(File.Exists(copied), $"expected the seed at {copied}");
        using var fromBuiltIn = _folder.Open();
        using var other = new TempDataFolder();
        using var fromCopy = other.Open(seedPath: copied);

        Assert.Equal(File.ReadAllText(_folder.DataFile), File.ReadAllText(other.DataFile));
        Assert.Equal(Alex, (await fromCopy.FindHolderAsync(EmailAddress.Parse("alexw@example.com")))?.Recipient.Id);
    }
}
