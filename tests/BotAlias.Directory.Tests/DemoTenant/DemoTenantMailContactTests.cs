using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantMailContactTests : IDisposable
{
    private static readonly EmailAddress Outside = EmailAddress.Parse("a.wilber.home@fabrikam.net");

    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_new_contact_holds_its_external_address_as_Exchange_sets_it_and_survives_a_restart()
    {
        string id;
        using (var directory = _folder.Open())
        {
            var contact = await directory.CreateMailContactAsync("  Alex Wilber (home) ", Outside);
            id = contact.Id;

            Assert.Equal(RecipientKind.MailContact, contact.Kind);
            Assert.Equal("Alex Wilber (home)", contact.DisplayName);
            Assert.Equal(Outside, contact.ExternalAddress);
            Assert.Equal(Outside, contact.PrimaryAddress);
            Assert.True(Guid.TryParse(contact.Id, out _), "a contact's id is an object id, as Entra gives");
        }

        using var restarted = _folder.Open();
        Assert.Equal(id, (await restarted.FindHolderAsync(Outside))?.Recipient.Id);
        Assert.Equal(Outside, (await restarted.FindRecipientAsync(id))?.ExternalAddress);
    }

    [Fact]
    public async Task Creating_it_again_returns_the_same_contact_and_writes_nothing()
    {
        using var directory = _folder.Open();
        var first = await directory.CreateMailContactAsync("Alex (home)", Outside);
        _folder.StampDataFile();

        var second = await directory.CreateMailContactAsync("Another name", EmailAddress.Parse("A.Wilber.Home@FABRIKAM.net"));
        var fabrikam = await directory.CreateMailContactAsync("Orders", EmailAddress.Parse("orders@fabrikam.com"));

        Assert.Equal(first, second);
        Assert.Equal(FabrikamContact, fabrikam.Id);
        Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
    }

    [Fact]
    public async Task A_contact_for_an_address_a_mailbox_holds_is_refused()
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.CreateMailContactAsync("Alex", EmailAddress.Parse("alexw@example.com")));

        Assert.Equal(DirectoryConflictReason.AddressInUse, error.Reason);
        Assert.Contains("Alex Wilber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_frees_the_address_ends_forwarding_to_it_and_a_second_removal_is_fine()
    {
        using var directory = _folder.Open();
        var contact = await directory.CreateMailContactAsync("Alex (home)", Outside);
        await directory.SetForwardingAsync(Alex, MailForwarding.ToRecipient(contact.Id, deliverToMailboxAndForward: true));

        await directory.RemoveMailContactAsync(contact.Id);
        await directory.RemoveMailContactAsync(contact.Id);

        Assert.Null(await directory.FindRecipientAsync(contact.Id));
        Assert.Null(await directory.FindHolderAsync(Outside));
        Assert.Null((await directory.GetMailboxAsync(Alex))!.Forwarding);
        using var restarted = _folder.Open();
        Assert.Null(await restarted.FindRecipientAsync(contact.Id));
    }

    [Fact]
    public async Task Removing_something_that_is_not_a_contact_is_refused_and_removes_nothing()
    {
        using var directory = _folder.Open();

        var mailbox = await Assert.ThrowsAsync<DirectoryConflictException>(() => directory.RemoveMailContactAsync(SalesMailbox));
        var group = await Assert.ThrowsAsync<DirectoryConflictException>(() => directory.RemoveMailContactAsync(AdminsGroup));

        Assert.Contains("not a mail contact", mailbox.Message, StringComparison.Ordinal);
        Assert.Contains("not a mail contact", group.Message, StringComparison.Ordinal);
        Assert.NotNull(await directory.FindRecipientAsync(SalesMailbox));
    }
}
