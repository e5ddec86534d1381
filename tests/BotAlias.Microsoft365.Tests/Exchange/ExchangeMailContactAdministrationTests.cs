using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;
using BotAlias.Microsoft365.FakeServer.Hosting;

namespace BotAlias.Microsoft365.Tests.Exchange;

public sealed class ExchangeMailContactAdministrationTests
{
    private static readonly EmailAddress Outside = EmailAddress.Parse("alex.private@fabrikam.com");

    [Fact]
    public async Task A_contact_is_created_once_and_Graph_sees_it()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var contact = await world.Contacts.CreateMailContactAsync("Alex Wilber (forwarding)", Outside);
        var again = await world.Contacts.CreateMailContactAsync("Alex Wilber (forwarding)", Outside);

        Assert.Equal(RecipientKind.MailContact, contact.Kind);
        Assert.Equal(Outside, contact.ExternalAddress);
        Assert.Equal("Alex Wilber (forwarding)", contact.DisplayName);
        Assert.Equal(contact.Id, again.Id);
        Assert.Single(world.Calls("New-MailContact"));
        Assert.Equal("SMTP:alex.private@fabrikam.com", ExchangeWorld.ParametersOf(world.Calls("New-MailContact")[0])["ExternalEmailAddress"]!.GetValue<string>());
        Assert.Equal("alex.private@fabrikam.com", world.Tenant.Contacts[contact.Id].ExternalEmailAddress);
    }

    [Fact]
    public async Task A_creation_whose_answer_was_lost_returns_the_contact_made_the_first_time()
    {
        await using var world = await ExchangeWorld.StartAsync();
        world.Server.Faults.Add(new InjectedFault
        {
            Service = FakeService.Exchange, OperationContains = "New-MailContact", StatusCode = 500, ErrorCode = "InternalServerError", Timing = FaultTiming.AfterHandling,
        });

        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => world.Contacts.CreateMailContactAsync("Alex Wilber (forwarding)", Outside));
        var contact = await world.Contacts.CreateMailContactAsync("Alex Wilber (forwarding)", Outside);

        var stored = Assert.Single(world.Tenant.Contacts.Values, c => c.ExternalEmailAddress == "alex.private@fabrikam.com");
        Assert.Equal(stored.Id, contact.Id);
        Assert.Single(world.Calls("New-MailContact"));
    }

    [Fact]
    public async Task A_contact_forwarding_target_can_be_used_for_ForwardingAddress()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var contact = await world.Contacts.CreateMailContactAsync("Alex Wilber (forwarding)", Outside);

        var details = await world.Mailboxes.SetForwardingAsync(ExchangeWorld.Alex, MailForwarding.ToRecipient(contact.Id, deliverToMailboxAndForward: false));

        Assert.Equal(contact.Id, details.Forwarding!.RecipientId);
    }

    [Fact]
    public async Task Removing_a_contact_twice_succeeds_and_it_is_gone()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var contact = await world.Contacts.CreateMailContactAsync("Alex Wilber (forwarding)", Outside);

        await world.Contacts.RemoveMailContactAsync(contact.Id);
        await world.Contacts.RemoveMailContactAsync(contact.Id);

        Assert.False(world.Tenant.Contacts.ContainsKey(contact.Id));
        Assert.Equal(2, world.Calls("Remove-MailContact").Count);
        Assert.False(ExchangeWorld.ParametersOf(world.Calls("Remove-MailContact")[0])["Confirm"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_external_address_an_existing_contact_points_at_returns_that_contact()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var contact = await world.Contacts.CreateMailContactAsync("Fabrikam", EmailAddress.Parse("orders@fabrikam.com"));

        Assert.Equal("00000000-0000-0000-0000-0000000000050", contact.Id);
        Assert.Empty(world.Calls("New-MailContact"));
    }
}
