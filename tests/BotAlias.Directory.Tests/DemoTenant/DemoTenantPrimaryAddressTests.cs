using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantPrimaryAddressTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_secondary_made_primary_swaps_places_with_the_old_primary_and_survives_a_restart()
    {
        var onmicrosoft = EmailAddress.Parse("alexw@examplecorp.onmicrosoft.com");
        var old = EmailAddress.Parse("alexw@example.com");
        using (var directory = _folder.Open())
        {
            var alex = await directory.SetPrimaryAddressAsync(Alex, onmicrosoft);

            Assert.Equal(onmicrosoft, alex.PrimaryAddress);
            Assert.Contains(old, alex.SecondaryAddresses);
            Assert.DoesNotContain(onmicrosoft, alex.SecondaryAddresses);
            Assert.Equal(4, alex.AllAddresses.Count());
        }

        using var restarted = _folder.Open();
        Assert.True((await restarted.FindHolderAsync(onmicrosoft))!.IsPrimary);
        Assert.False((await restarted.FindHolderAsync(old))!.IsPrimary);
        Assert.Equal(onmicrosoft, (await restarted.FindUserAsync(Alex))!.Mailbox!.PrimaryAddress);
    }

    [Fact]
    public async Task Setting_the_primary_it_already_has_writes_nothing()
    {
        using var directory = _folder.Open();
        _folder.StampDataFile();

        var alex = await directory.SetPrimaryAddressAsync(Alex, EmailAddress.Parse("AlexW@example.com"));

        Assert.Equal("alexw@example.com", alex.PrimaryAddress.Value);
        Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
    }

    [Fact]
    public async Task A_new_address_made_primary_is_added_and_the_old_primary_kept()
    {
        using var directory = _folder.Open();
        var fresh = EmailAddress.Parse("sales.team@example.com");

        var sales = await directory.SetPrimaryAddressAsync(SalesMailbox, fresh);

        Assert.Equal(fresh, sales.PrimaryAddress);
        Assert.Contains(EmailAddress.Parse("sales@example.com"), sales.SecondaryAddresses);
        Assert.Equal(SalesMailbox, (await directory.FindHolderAsync(EmailAddress.Parse("sales@example.com")))?.Recipient.Id);
    }

    [Theory]
    [InlineData("alex.wilber@example.com", DirectoryConflictReason.AddressInUse)]
    [InlineData("marketing@example.com", DirectoryConflictReason.AddressInUse)]
    [InlineData("adele@example.org", DirectoryConflictReason.DomainNotAccepted)]
    public async Task A_primary_someone_else_holds_or_outside_our_domains_is_refused(string address, DirectoryConflictReason reason)
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.SetPrimaryAddressAsync(Adele, EmailAddress.Parse(address)));

        Assert.Equal(reason, error.Reason);
        Assert.Equal("adelev@example.com", (await directory.FindUserAsync(Adele))!.Mailbox!.PrimaryAddress.Value);
    }

    [Fact]
    public async Task A_synced_users_primary_is_not_changed()
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.SetPrimaryAddressAsync(Lynne, EmailAddress.Parse("lynne.robbins@example.com")));

        Assert.Equal(DirectoryConflictReason.SyncedFromOnPremises, error.Reason);
        Assert.True((await directory.FindHolderAsync(EmailAddress.Parse("lynner@example.com")))!.IsPrimary);
    }
}
