using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using static BotAlias.Directory.Tests.DemoTenant.DemoTenantIds;

namespace BotAlias.Directory.Tests.DemoTenant;

/// <summary>Holders Graph's lists do not show still keep their addresses, as in Microsoft 365.</summary>
public sealed class DemoTenantUnlistedHolderTests : IDisposable
{
    private readonly TempDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("marketing@example.com", MarketingDynamicGroup, RecipientKind.DynamicDistributionGroup, true)]
    [InlineData("Marketing@ExampleCorp.onmicrosoft.com", MarketingDynamicGroup, RecipientKind.DynamicDistributionGroup, false)]
    [InlineData("diegos@example.com", DiegoSoftDeletedMailbox, RecipientKind.SoftDeletedMailbox, true)]
    [InlineData("johanna.lorenz@example.com", JohannaDeletedUser, RecipientKind.DeletedObject, false)]
    public async Task Their_addresses_have_them_as_holders(string address, string holderId, RecipientKind kind, bool isPrimary)
    {
        using var directory = _folder.Open();

        var holder = await directory.FindHolderAsync(EmailAddress.Parse(address));

        Assert.Equal(holderId, holder?.Recipient.Id);
        Assert.Equal(kind, holder!.Recipient.Kind);
        Assert.Equal(isPrimary, holder.IsPrimary);
    }

    [Fact]
    public async Task An_address_a_deleted_user_holds_cannot_be_given_to_someone_else()
    {
        using var directory = _folder.Open();
        _folder.StampDataFile();

        var error = await Assert.ThrowsAsync<DirectoryConflictException>(
            () => directory.AddSecondaryAddressAsync(Adele, EmailAddress.Parse("johannal@example.com")));

        Assert.Equal(DirectoryConflictReason.AddressInUse, error.Reason);
        Assert.Contains("Johanna Lorenz", error.Message, StringComparison.Ordinal);
        Assert.Contains("recycle bin", error.Message, StringComparison.Ordinal);
        Assert.False(_folder.DataFileRewritten, "a write that changes nothing must not write");
    }

    [Fact]
    public async Task They_are_not_recipients_the_ports_can_find_by_id_or_change()
    {
        using var directory = _folder.Open();

        Assert.Null(await directory.FindRecipientAsync(DiegoSoftDeletedMailbox));
        await Assert.ThrowsAsync<RecipientNotFoundException>(
            () => directory.AddSecondaryAddressAsync(MarketingDynamicGroup, EmailAddress.Parse("mkt@example.com")));
        await Assert.ThrowsAsync<RecipientNotFoundException>(
            () => directory.SetPrimaryAddressAsync(JohannaDeletedUser, EmailAddress.Parse("johanna.lorenz@example.com")));
    }

    [Fact]
    public void A_seed_giving_an_unlisted_recipient_a_listed_kind_is_refused_naming_it()
    {
        var seed = _folder.WriteFile("seed.json", """
            {
              "tenantId": "t1",
              "domains": [ { "name": "example.com", "isVerified": true, "isDefault": true, "supportedServices": [ "Email" ] } ],
              "unlistedRecipients": [
                { "id": "x1", "kind": "User", "displayName": "Ghost", "primaryAddress": "ghost@example.com" }
              ]
            }
            """);

        var error = Assert.Throws<InvalidDataException>(() => _folder.Open(seedPath: seed));

        Assert.Contains("Ghost", error.Message, StringComparison.Ordinal);
        Assert.Contains("DynamicDistributionGroup", error.Message, StringComparison.Ordinal);
    }
}
