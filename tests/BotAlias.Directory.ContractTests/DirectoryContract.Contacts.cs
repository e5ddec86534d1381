using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using static BotAlias.Directory.ContractTests.SeedTenant;

namespace BotAlias.Directory.ContractTests;

/// <summary>Mail contacts, the seed's "custom recipient".</summary>
public abstract partial class DirectoryContract
{
    [Fact]
    public async Task Creating_a_mail_contact_twice_gives_one_contact_pointing_outside()
    {
        var outside = EmailAddress.Parse("a.wilber.home@fabrikam.net");

        var created = await MailContacts.CreateMailContactAsync("Alex Wilber (home)", outside);
        var again = await MailContacts.CreateMailContactAsync("Alex Wilber (home)", EmailAddress.Parse("A.Wilber.Home@fabrikam.net"));

        Assert.Equal(RecipientKind.MailContact, created.Kind);
        Assert.Equal("Alex Wilber (home)", created.DisplayName);
        Assert.Equal(outside, created.ExternalAddress);
        Assert.Equal(created.Id, again.Id);
        Assert.Equal(outside, (await Directory.FindRecipientAsync(created.Id))?.ExternalAddress);
        Assert.Equal(FabrikamContact, (await MailContacts.CreateMailContactAsync("Orders", EmailAddress.Parse("orders@fabrikam.com"))).Id);
    }

    [Fact]
    public async Task Removing_a_mail_contact_is_idempotent()
    {
        var created = await MailContacts.CreateMailContactAsync("Alex Wilber (home)", EmailAddress.Parse("a.wilber.home@fabrikam.net"));

        await MailContacts.RemoveMailContactAsync(created.Id);
        await MailContacts.RemoveMailContactAsync(created.Id);
        await MailContacts.RemoveMailContactAsync(FabrikamContact);

        Assert.Null(await Directory.FindRecipientAsync(created.Id));
        Assert.Null(await Directory.FindRecipientAsync(FabrikamContact));
        Assert.Null(await Directory.FindHolderAsync(EmailAddress.Parse("fabrikam.orders@example.com")));
    }
}
