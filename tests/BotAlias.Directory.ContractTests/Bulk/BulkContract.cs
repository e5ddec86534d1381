using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using static BotAlias.Directory.ContractTests.SeedTenant;

namespace BotAlias.Directory.ContractTests.Bulk;

/// <summary>
/// The bulk ports' scenarios on the demo seed, for every directory: what a dry run reads, and how a batch of writes
/// lands, each write on its own. Outcomes are asserted with the state read back after them.
/// </summary>
public abstract class BulkContract(IBulkDirectoryUnderTest tenant) : IAsyncLifetime
{
    protected IBulkDirectoryUnderTest Tenant { get; } = tenant;

    public Task InitializeAsync() => Tenant.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_user_and_shared_mailbox_is_listed_with_its_names_alias_kind_and_sync_state()
    {
        var mailboxes = (await Tenant.Reader.ListMailboxesAsync().ToListAsync()).ToDictionary(m => m.Id);

        Assert.Equal([Alex, Megan, Adele, Isaiah, Patti, Lynne, SalesMailbox], mailboxes.Keys.Order(StringComparer.Ordinal));
        var alex = mailboxes[Alex];
        Assert.Equal(("Alex", "Wilber", "alexw", "alexw@example.com", RecipientKind.User), (alex.GivenName, alex.Surname, alex.Alias, alex.UserPrincipalName, alex.Kind));
        Assert.Equal(EmailAddress.Parse("alexw@example.com"), alex.PrimaryAddress);
        Assert.Contains(EmailAddress.Parse("alexw@contoso-old.com"), alex.SecondaryAddresses);
        var sales = mailboxes[SalesMailbox];
        Assert.Equal((RecipientKind.SharedMailbox, "sales", (string?)null, (string?)null), (sales.Kind, sales.Alias, sales.GivenName, sales.Surname));
        Assert.True(mailboxes[Lynne].OnPremisesSyncEnabled);
        Assert.False(alex.OnPremisesSyncEnabled);
    }

    [Fact]
    public async Task A_groups_mailboxes_are_its_members_mailboxes_and_an_unknown_group_has_none()
    {
        var finance = await Tenant.Reader.ListGroupMailboxesAsync(FinanceGroup).ToListAsync();
        var unknown = await Tenant.Reader.ListGroupMailboxesAsync("99999999-9999-4999-8999-999999999999").ToListAsync();

        Assert.Equal([Isaiah, Patti], finance.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal("Isaiah", finance.Single(m => m.Id == Isaiah).GivenName);
        Assert.Empty(unknown);
    }

    [Fact]
    public async Task Address_holders_include_mailboxes_groups_contacts_and_holders_graph_does_not_list()
    {
        var holders = (await Tenant.Reader.ListAddressHoldersAsync().ToListAsync()).ToDictionary(h => h.Id);

        Assert.Equal(RecipientKind.User, holders[Alex].Kind);
        Assert.Equal(RecipientKind.SharedMailbox, holders[SalesMailbox].Kind);
        Assert.Equal(RecipientKind.Group, holders[FinanceGroup].Kind);
        Assert.Contains(EmailAddress.Parse("accounts@example.com"), holders[FinanceGroup].AllAddresses);
        Assert.Equal(RecipientKind.MailContact, holders[FabrikamContact].Kind);
        Assert.Equal(RecipientKind.DynamicDistributionGroup, holders[MarketingDynamicGroup].Kind);
        Assert.Equal(RecipientKind.SoftDeletedMailbox, holders[DiegoSoftDeletedMailbox].Kind);
        Assert.Equal(RecipientKind.DeletedObject, holders[JohannaDeletedUser].Kind);
    }

    [Fact]
    public async Task Writes_are_idempotent_and_read_back()
    {
        var address = EmailAddress.Parse("alex.bulk@contoso-old.com");

        var first = await ApplyAsync(Write(Alex, BulkWriteKind.AddSecondary, address));
        var again = await ApplyAsync(Write(Alex, BulkWriteKind.AddSecondary, EmailAddress.Parse("Alex.Bulk@contoso-old.com")));
        Assert.Equal(BulkWriteStatus.Applied, first.Status);
        Assert.Equal(BulkWriteStatus.Applied, again.Status);
        Assert.Single(await AddressesOfAsync(Alex), a => a == address);

        var removed = await ApplyAsync(Write(Alex, BulkWriteKind.RemoveSecondary, address));
        var removedAgain = await ApplyAsync(Write(Alex, BulkWriteKind.RemoveSecondary, address));
        var primaryAgain = await ApplyAsync(Write(Alex, BulkWriteKind.SetPrimary, EmailAddress.Parse("alexw@example.com")));
        Assert.Equal([BulkWriteStatus.Applied, BulkWriteStatus.Applied, BulkWriteStatus.Applied], [removed.Status, removedAgain.Status, primaryAgain.Status]);
        Assert.DoesNotContain(address, await AddressesOfAsync(Alex));
        Assert.Equal(EmailAddress.Parse("alexw@example.com"), (await Tenant.Directory.FindRecipientAsync(Alex))!.PrimaryAddress);
    }

    [Fact]
    public async Task An_address_another_recipient_holds_is_a_conflict_naming_the_holder()
    {
        var outcome = await ApplyAsync(Write(Adele, BulkWriteKind.AddSecondary, EmailAddress.Parse("alex.wilber@example.com")));

        Assert.Equal(BulkWriteStatus.Conflict, outcome.Status);
        Assert.Contains("Alex Wilber", outcome.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(EmailAddress.Parse("alex.wilber@example.com"), await AddressesOfAsync(Adele));
    }

    [Fact]
    public async Task Refusals_and_unknown_mailboxes_do_not_stop_the_rest_of_the_batch()
    {
        var added = EmailAddress.Parse("adele.v@contoso-old.com");
        var outcomes = await Tenant.Writer.ApplyAsync(
        [
            new BulkWrite("synced", Lynne, BulkWriteKind.AddSecondary, EmailAddress.Parse("lynne.r@contoso-old.com")),
            new BulkWrite("unknown", "99999999-9999-4999-8999-999999999999", BulkWriteKind.AddSecondary, EmailAddress.Parse("nobody@contoso-old.com")),
            new BulkWrite("foreign", Isaiah, BulkWriteKind.AddSecondary, EmailAddress.Parse("isaiah@example.org")),
            new BulkWrite("primary", Patti, BulkWriteKind.RemoveSecondary, EmailAddress.Parse("pattif@example.com")),
            new BulkWrite("fine", Adele, BulkWriteKind.AddSecondary, added),
        ]);

        Assert.Equal(["synced", "unknown", "foreign", "primary", "fine"], outcomes.Select(o => o.Key));
        Assert.Equal(
            [BulkWriteStatus.Refused, BulkWriteStatus.NotFound, BulkWriteStatus.Refused, BulkWriteStatus.Refused, BulkWriteStatus.Applied],
            outcomes.Select(o => o.Status));
        Assert.All(outcomes.Take(4), o => Assert.False(string.IsNullOrWhiteSpace(o.Reason)));
        Assert.DoesNotContain(EmailAddress.Parse("lynne.r@contoso-old.com"), await AddressesOfAsync(Lynne));
        Assert.Contains(added, await AddressesOfAsync(Adele));
        Assert.Equal(EmailAddress.Parse("pattif@example.com"), (await Tenant.Directory.FindRecipientAsync(Patti))!.PrimaryAddress);
    }

    [Fact]
    public async Task Writes_to_one_mailbox_apply_in_order_so_a_primary_switch_then_removal_of_the_old_one_works()
    {
        var outcomes = await Tenant.Writer.ApplyAsync(
        [
            new BulkWrite("switch", Megan, BulkWriteKind.SetPrimary, EmailAddress.Parse("megan.bowen@contoso-old.com")),
            new BulkWrite("other", Adele, BulkWriteKind.AddSecondary, EmailAddress.Parse("adele.vance@contoso-old.com")),
            new BulkWrite("drop-old", Megan, BulkWriteKind.RemoveSecondary, EmailAddress.Parse("meganb@example.com")),
        ]);

        Assert.All(outcomes, o => Assert.Equal(BulkWriteStatus.Applied, o.Status));
        var megan = await Tenant.Directory.FindRecipientAsync(Megan);
        Assert.Equal(EmailAddress.Parse("megan.bowen@contoso-old.com"), megan!.PrimaryAddress);
        Assert.DoesNotContain(EmailAddress.Parse("meganb@example.com"), megan.AllAddresses);
        Assert.Contains(EmailAddress.Parse("megan.bowen@example.com"), megan.SecondaryAddresses);
    }

    [Fact]
    public async Task Two_mailboxes_asking_for_one_address_in_a_batch_get_one_applied_and_one_conflict()
    {
        var address = EmailAddress.Parse("team@contoso-old.com");
        var outcomes = await Tenant.Writer.ApplyAsync(
        [
            new BulkWrite("alex", Alex, BulkWriteKind.AddSecondary, address),
            new BulkWrite("adele", Adele, BulkWriteKind.AddSecondary, address),
        ]);

        Assert.Equal([BulkWriteStatus.Applied, BulkWriteStatus.Conflict], outcomes.Select(o => o.Status).Order());
        var winner = outcomes.Single(o => o.Status == BulkWriteStatus.Applied).Key == "alex" ? Alex : Adele;
        Assert.Equal(winner, (await Tenant.Directory.FindHolderAsync(address))!.Recipient.Id);
    }

    protected static BulkWrite Write(string recipientId, BulkWriteKind kind, EmailAddress address) => new("w", recipientId, kind, address);

    protected async Task<BulkWriteOutcome> ApplyAsync(BulkWrite write) => Assert.Single(await Tenant.Writer.ApplyAsync([write]));

    protected async Task<IReadOnlyList<EmailAddress>> AddressesOfAsync(string recipientId) =>
        [.. (await Tenant.Directory.FindRecipientAsync(recipientId) ?? throw new InvalidOperationException($"{recipientId} is gone.")).AllAddresses];
}
