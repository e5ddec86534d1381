using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantWriteTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Added_address_survives_a_restart_on_the_same_data_folder()
    {
        var address = EmailAddress.Parse("a.wilber@example.com");
        using (var directory = _folder.Open())
        {
            var alex = await directory.AddSecondaryAddressAsync(Alex, address);
            Assert.Contains(address, alex.SecondaryAddresses);
        }

        using var restarted = _folder.Open();
        var holder = await restarted.FindHolderAsync(EmailAddress.Parse("A.Wilber@example.com"));
        Assert.Equal(Alex, holder?.Recipient.Id);
        Assert.False(holder!.IsPrimary);
        Assert.Contains(address, (await restarted.FindUserAsync(Alex))!.Mailbox!.SecondaryAddresses);
    }

    [Fact]
    public async Task Index_gains_the_added_address_and_loses_the_removed_one()
    {
        using var directory = _folder.Open();
        var address = EmailAddress.Parse("team.sales@example.com");

        await directory.AddSecondaryAddressAsync(SalesMailbox, address);
        Assert.Equal(SalesMailbox, (await directory.FindHolderAsync(address))?.Recipient.Id);

        var sales = await directory.RemoveSecondaryAddressAsync(SalesMailbox, EmailAddress.Parse("TEAM.SALES@example.com"));
        Assert.DoesNotContain(address, sales.SecondaryAddresses);
        Assert.Null(await directory.FindHolderAsync(address));

        using var restarted = _folder.Open();
        Assert.Null(await restarted.FindHolderAsync(address));
    }

    [Fact]
    public async Task Address_held_by_another_recipient_is_refused_and_nothing_is_written()
    {
        using var directory = _folder.Open();
        var before = File.ReadAllBytes(_folder.DataFile);

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.AddSecondaryAddressAsync(Adele, EmailAddress.Parse("Alex.Wilber@example.com")));

        Assert.Equal(DirectoryConflictReason.AddressInUse, error.Reason);
        Assert.Contains("alex.wilber@example.com", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Alex Wilber", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_folder.DataFile));
        Assert.Equal(["demo-tenant.json"], _folder.FileNames());
        Assert.Equal(Alex, (await directory.FindHolderAsync(EmailAddress.Parse("alex.wilber@example.com")))?.Recipient.Id);
    }

    [Fact]
    public async Task Adding_an_address_the_recipient_already_holds_changes_nothing()
    {
        using var directory = _folder.Open();
        var before = File.ReadAllBytes(_folder.DataFile);

        var asSecondary = await directory.AddSecondaryAddressAsync(Alex, EmailAddress.Parse("ALEX.WILBER@example.com"));
        var asPrimary = await directory.AddSecondaryAddressAsync(Alex, EmailAddress.Parse("alexw@example.com"));

        Assert.Equal(3, asSecondary.SecondaryAddresses.Count);
        Assert.Equal(asSecondary.SecondaryAddresses, asPrimary.SecondaryAddresses);
        Assert.Equal(before, File.ReadAllBytes(_folder.DataFile));
    }

    [Fact]
    public async Task Removing_a_primary_address_is_refused()
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.RemoveSecondaryAddressAsync(Alex, EmailAddress.Parse("AlexW@example.com")));

        Assert.Equal(DirectoryConflictReason.PrimaryAddress, error.Reason);
        Assert.Contains("primary", error.Message, StringComparison.Ordinal);
        Assert.Equal(Alex, (await directory.FindHolderAsync(EmailAddress.Parse("alexw@example.com")))?.Recipient.Id);
    }

    [Fact]
    public async Task Removing_an_address_the_recipient_does_not_hold_changes_nothing()
    {
        using var directory = _folder.Open();
        var before = File.ReadAllBytes(_folder.DataFile);

        var adele = await directory.RemoveSecondaryAddressAsync(Adele, EmailAddress.Parse("alex.wilber@example.com"));

        Assert.Equal(Adele, adele.Id);
        Assert.Equal(Alex, (await directory.FindHolderAsync(EmailAddress.Parse("alex.wilber@example.com")))?.Recipient.Id);
        Assert.Equal(before, File.ReadAllBytes(_folder.DataFile));
    }

    [Fact]
    public async Task Unknown_recipient_is_reported_by_id()
    {
        using var directory = _folder.Open();

        var add = await Assert.ThrowsAsync<RecipientNotFoundException>(
            () => directory.AddSecondaryAddressAsync("no-such-id", EmailAddress.Parse("new@example.com")));
        var remove = await Assert.ThrowsAsync<RecipientNotFoundException>(
            () => directory.RemoveSecondaryAddressAsync(AdminsGroup, EmailAddress.Parse("new@example.com")));

        Assert.Contains("no-such-id", add.Message, StringComparison.Ordinal);
        Assert.Contains(AdminsGroup, remove.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recipient_synced_from_on_premises_is_refused_as_Exchange_would()
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.AddSecondaryAddressAsync(Lynne, EmailAddress.Parse("lynne@example.com")));

        Assert.Equal(DirectoryConflictReason.SyncedFromOnPremises, error.Reason);
        Assert.Contains("on-premises", error.Message, StringComparison.Ordinal);
        Assert.Null(await directory.FindHolderAsync(EmailAddress.Parse("lynne@example.com")));
    }

    [Theory]
    [InlineData("alex@example.org")] // unverified
    [InlineData("alex@fabrikam.com")] // not ours at all
    public async Task Address_outside_the_verified_mail_domains_is_refused(string address)
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.AddSecondaryAddressAsync(Alex, EmailAddress.Parse(address)));

        Assert.Equal(DirectoryConflictReason.DomainNotAccepted, error.Reason);
        Assert.Contains(EmailAddress.Parse(address).Domain, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_requests_for_one_address_from_two_recipients_have_exactly_one_winner()
    {
        using var directory = _folder.Open();

        for (var round = 0; round < 25; round++)
        {
            var address = EmailAddress.Parse($"contested{round}@example.com");
            using var start = new Barrier(2);
            var megan = Task.Run(() => { start.SignalAndWait(); return directory.AddSecondaryAddressAsync(Megan, address); });
            var isaiah = Task.Run(() => { start.SignalAndWait(); return directory.AddSecondaryAddressAsync(Isaiah, address); });

            var outcomes = await Task.WhenAll(Outcome(megan), Outcome(isaiah));

            var winner = Assert.Single(outcomes, o => o.Recipient is not null).Recipient!;
            Assert.IsType<DirectoryConflictException>(Assert.Single(outcomes, o => o.Error is not null).Error);
            Assert.Equal(winner.Id, (await directory.FindHolderAsync(address))?.Recipient.Id);
        }

        using var restarted = _folder.Open();
        var megansCount = (await restarted.FindUserAsync(Megan))!.Mailbox!.SecondaryAddresses.Count(a => a.LocalPart.StartsWith("contested", StringComparison.Ordinal));
        var isaiahsCount = (await restarted.FindUserAsync(Isaiah))!.Mailbox!.SecondaryAddresses.Count(a => a.LocalPart.StartsWith("contested", StringComparison.Ordinal));
        Assert.Equal(25, megansCount + isaiahsCount);
    }

    private static async Task<(Recipient? Recipient, Exception? Error)> Outcome(Task<Recipient> write)
    {
        try
        {
            return (await write, null);
        }
        catch (DirectoryConflictException ex)
        {
            return (null, ex);
        }
    }
}
