using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.Tests.Exchange;

public sealed class ExchangeRecipientReaderTests
{
    [Fact]
    public async Task Holders_Graph_cannot_see_are_found_with_their_kind()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var dynamicGroup = ExchangeOnly(world, "Everyone in Sales", "DynamicDistributionGroup", "SMTP:sales-team@example.com");
        var publicFolder = ExchangeOnly(world, "Support inbox", "PublicFolder", "SMTP:support@example.com", "smtp:help@example.com");
        var softDeleted = ExchangeOnly(world, "Gone Person", "UserMailbox", "SMTP:gone@example.com", softDeleted: true);

        var ddg = Assert.Single(await world.Reader.FindExchangeOnlyHoldersAsync(EmailAddress.Parse("sales-team@example.com")));
        var pf = Assert.Single(await world.Reader.FindExchangeOnlyHoldersAsync(EmailAddress.Parse("HELP@example.com")));
        var deleted = Assert.Single(await world.Reader.FindExchangeOnlyHoldersAsync(EmailAddress.Parse("gone@example.com")));

        Assert.Equal((RecipientKind.DynamicDistributionGroup, dynamicGroup.Id, true), (ddg.Recipient.Kind, ddg.Recipient.Id, ddg.IsPrimary));
        Assert.Equal((RecipientKind.PublicFolder, publicFolder.Id, false), (pf.Recipient.Kind, pf.Recipient.Id, pf.IsPrimary));
        Assert.Equal((RecipientKind.SoftDeletedMailbox, softDeleted.Id), (deleted.Recipient.Kind, deleted.Recipient.Id));
    }

    [Fact]
    public async Task The_demo_organisations_dynamic_group_and_soft_deleted_mailbox_hold_their_addresses()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var ddg = Assert.Single(await world.Reader.FindExchangeOnlyHoldersAsync(EmailAddress.Parse("marketing@examplecorp.onmicrosoft.com")));
        var diego = Assert.Single(await world.Reader.FindExchangeOnlyHoldersAsync(EmailAddress.Parse("diegos@example.com")));

        Assert.Equal(("00000000-0000-0000-0000-0000000000060", RecipientKind.DynamicDistributionGroup, false), (ddg.Recipient.Id, ddg.Recipient.Kind, ddg.IsPrimary));
        Assert.Equal(("00000000-0000-0000-0000-0000000000061", RecipientKind.SoftDeletedMailbox, true), (diego.Recipient.Id, diego.Recipient.Kind, diego.IsPrimary));
        Assert.Empty(await world.Reader.FindAllHoldersAsync(EmailAddress.Parse("johannal@example.com")));
    }

    [Fact]
    public async Task A_user_holder_is_not_Exchange_only_but_is_among_all_holders()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var address = EmailAddress.Parse("megan.bowen@example.com");

        Assert.Empty(await world.Reader.FindExchangeOnlyHoldersAsync(address));
        var holder = Assert.Single(await world.Reader.FindAllHoldersAsync(address));
        Assert.Equal((ExchangeWorld.Megan, RecipientKind.User, false), (holder.Recipient.Id, holder.Recipient.Kind, holder.IsPrimary));
    }

    [Fact]
    public async Task An_address_with_an_apostrophe_is_quoted_by_doubling_it_and_still_matches()
    {
        await using var world = await ExchangeWorld.StartAsync();
        ExchangeOnly(world, "O'Brien family", "DynamicDistributionGroup", "SMTP:o'brien@example.com");

        var holder = Assert.Single(await world.Reader.FindExchangeOnlyHoldersAsync(EmailAddress.Parse("o'brien@example.com")));

        Assert.Equal("o'brien@example.com", holder.Address.Value);
        var filter = ExchangeWorld.ParametersOf(world.Calls("Get-Recipient")[0])["Filter"]!.GetValue<string>();
        Assert.Equal("EmailAddresses -eq 'smtp:o''brien@example.com'", filter);
    }

    [Fact]
    public async Task A_value_that_tries_to_close_the_literal_and_add_a_condition_matches_nothing()
    {
        await using var world = await ExchangeWorld.StartAsync();
        var injected = OpathFilter.EqualTo("EmailAddresses", "smtp:x@example.com' -or EmailAddresses -like '*");

        var result = await world.Transport.InvokeAsync(new ExchangeCommand("Get-Recipient").With("Filter", injected));

        Assert.Empty(result.Objects);
    }

    [Fact]
    public async Task A_client_that_does_not_escape_the_apostrophe_is_refused_by_the_fake()
    {
        await using var world = await ExchangeWorld.StartAsync();

        var error = await Assert.ThrowsAsync<ExchangeCommandException>(() => world.Transport.InvokeAsync(
            new ExchangeCommand("Get-Recipient").With("Filter", "EmailAddresses -eq 'smtp:o'brien@example.com'")));

        Assert.Contains("Invalid filter syntax", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recipient_type_tells_a_user_from_a_shared_mailbox()
    {
        await using var world = await ExchangeWorld.StartAsync();

        Assert.Equal(RecipientKind.User, await world.Reader.GetRecipientKindAsync(ExchangeWorld.Alex));
        Assert.Equal(RecipientKind.SharedMailbox, await world.Reader.GetRecipientKindAsync(ExchangeWorld.Sales));
        Assert.Equal("SharedMailbox", await world.Reader.GetRecipientTypeDetailsAsync("sales@example.com"));
        Assert.Null(await world.Reader.GetRecipientKindAsync(Guid.NewGuid().ToString()));
    }

    [Fact]
    public void Control_characters_cannot_be_put_in_a_filter_value()
    {
        Assert.Throws<ArgumentException>(() => OpathFilter.EqualTo("EmailAddresses", "smtp:a@b.com\n"));
        Assert.Throws<ArgumentException>(() => OpathFilter.EqualTo("EmailAddresses -or Name", "x"));
    }

    private static FakeExchangeOnlyRecipient ExchangeOnly(ExchangeWorld world, string name, string type, string primary, string? secondary = null, bool softDeleted = false)
    {
        var recipient = new FakeExchangeOnlyRecipient { Id = Guid.NewGuid().ToString(), DisplayName = name, RecipientTypeDetails = type, IsSoftDeleted = softDeleted };
        recipient.ProxyAddresses.Add(primary);
        if (secondary is not null)
        {
            recipient.ProxyAddresses.Add(secondary);
        }

        world.Tenant.ExchangeOnlyRecipients.Add(recipient);
        return recipient;
    }
}
