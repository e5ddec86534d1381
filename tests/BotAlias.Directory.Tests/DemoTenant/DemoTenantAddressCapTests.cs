using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantAddressCapTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_default_cap_is_200()
    {
        Assert.Equal(200, new DemoTenantOptions().MaxProxyAddresses);
    }

    [Fact]
    public async Task A_recipient_at_the_cap_gets_no_more_smtp_or_x500_addresses_but_may_still_swap_its_primary()
    {
        // Adele holds 3 addresses; with a cap of 5 she can take 2 more, X500 ones included.
        using var directory = _folder.Open(maxProxyAddresses: 5);
        await directory.AddSecondaryAddressAsync(Adele, EmailAddress.Parse("adele.v@example.com"));
        await directory.AddX500AddressAsync(Adele, "/o=Org/cn=adele-old");

        var smtp = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.AddSecondaryAddressAsync(Adele, EmailAddress.Parse("adele.v2@example.com")));
        var x500 = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.AddX500AddressAsync(Adele, "/o=Org/cn=adele-older"));
        var newPrimary = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.SetPrimaryAddressAsync(Adele, EmailAddress.Parse("adele.v3@example.com")));
        var swapped = await directory.SetPrimaryAddressAsync(Adele, EmailAddress.Parse("adele.v@example.com"));

        Assert.All([smtp, x500, newPrimary], e => Assert.Equal(DirectoryConflictReason.AddressCapReached, e.Reason));
        Assert.Contains("5", smtp.Message, StringComparison.Ordinal);
        Assert.Equal("adele.v@example.com", swapped.PrimaryAddress.Value);
        Assert.Null(await directory.FindHolderAsync(EmailAddress.Parse("adele.v2@example.com")));
    }

    [Fact]
    public void A_cap_below_one_is_refused_at_start()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _folder.Open(maxProxyAddresses: 0));

        Assert.Contains("MaxProxyAddresses", error.Message, StringComparison.Ordinal);
    }
}
