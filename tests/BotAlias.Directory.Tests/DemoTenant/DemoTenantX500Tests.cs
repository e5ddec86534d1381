using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

public sealed class DemoTenantX500Tests : IDisposable
{
    private const string AlexDn = "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=6f1c2a9e4b7d4c0e8a3f5b2d1e9c7a40-alexw";

    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_leavers_legacy_dn_given_to_a_colleague_survives_a_restart_and_is_added_once()
    {
        using (var directory = _folder.Open())
        {
            Assert.Equal(AlexDn, (await directory.GetMailboxAsync(Alex))!.LegacyExchangeDn);

            var megan = await directory.AddX500AddressAsync(Megan, AlexDn);
            _folder.StampDataFile();
            var again = await directory.AddX500AddressAsync(Megan, AlexDn.ToUpperInvariant());

            Assert.Equal([AlexDn], megan.X500Addresses);
            Assert.Equal([AlexDn], again.X500Addresses);
            Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
        }

        using var restarted = _folder.Open();
        Assert.Equal([AlexDn], (await restarted.GetMailboxAsync(Megan))!.X500Addresses);
    }

    [Fact]
    public async Task An_x500_address_has_one_holder()
    {
        using var directory = _folder.Open();
        await directory.AddX500AddressAsync(Megan, AlexDn);

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() => directory.AddX500AddressAsync(Adele, AlexDn));

        Assert.Equal(DirectoryConflictReason.AddressInUse, error.Reason);
        Assert.Contains("Megan Bowen", error.Message, StringComparison.Ordinal);
        Assert.Empty((await directory.GetMailboxAsync(Adele))!.X500Addresses);
    }

    [Fact]
    public async Task Removing_is_idempotent_and_ignores_case()
    {
        using var directory = _folder.Open();
        await directory.AddX500AddressAsync(Megan, AlexDn);

        var removed = await directory.RemoveX500AddressAsync(Megan, AlexDn.ToLowerInvariant());
        _folder.StampDataFile();
        var again = await directory.RemoveX500AddressAsync(Megan, AlexDn);

        Assert.Empty(removed.X500Addresses);
        Assert.Empty(again.X500Addresses);
        Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
        await directory.AddX500AddressAsync(Adele, AlexDn);
    }

    [Theory]
    [InlineData("X500:/o=ExchangeLabs/cn=x", "prefix")]
    [InlineData("cn=x", "distinguished name")]
    [InlineData(" ", "empty")]
    public async Task A_value_that_is_not_a_bare_distinguished_name_is_refused_saying_why(string x500, string why)
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => directory.AddX500AddressAsync(Megan, x500));

        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_synced_user_gets_no_x500_address()
    {
        using var directory = _folder.Open();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(() => directory.AddX500AddressAsync(Lynne, AlexDn));

        Assert.Equal(DirectoryConflictReason.SyncedFromOnPremises, error.Reason);
    }

    [Fact]
    public void A_seed_giving_two_users_one_x500_address_is_refused()
    {
        var seed = _folder.WriteFile("seed.json", """
            {
              "tenantId": "t1",
              "domains": [ { "name": "example.com", "isVerified": true, "isDefault": true, "supportedServices": [ "Email" ] } ],
              "users": [
                { "id": "u1", "userPrincipalName": "ann@example.com", "displayName": "Ann",
                  "mailbox": { "primaryAddress": "ann@example.com", "x500Addresses": [ "/o=Org/cn=old" ] } },
                { "id": "u2", "userPrincipalName": "bob@example.com", "displayName": "Bob",
                  "mailbox": { "primaryAddress": "bob@example.com", "x500Addresses": [ "/O=ORG/CN=OLD" ] } }
              ]
            }
            """);

        var error = Assert.Throws<InvalidDataException>(() => _folder.Open(seedPath: seed));

        Assert.Contains("/O=ORG/CN=OLD", error.Message, StringComparison.Ordinal);
    }
}
