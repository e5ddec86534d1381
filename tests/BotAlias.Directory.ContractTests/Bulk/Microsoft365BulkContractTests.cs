using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;
using BotAlias.Microsoft365.FakeServer.Hosting;
using static BotAlias.Directory.ContractTests.SeedTenant;

namespace BotAlias.Directory.ContractTests.Bulk;

/// <summary>
/// The bulk scenarios against the Microsoft 365 adapter and its fake, plus what only a throttling service does:
/// a short storm is ridden out through Retry-After; one that outlasts the retries ends Transient, with the wait the
/// service asked for, and the same mailbox's later writes wait with it.
/// </summary>
public sealed class Microsoft365BulkContractTests(Microsoft365BulkUnderTest tenant) : BulkContract(tenant), IClassFixture<Microsoft365BulkUnderTest>
{
    private FakeMicrosoft365Server Server => tenant.Server;

    [Fact]
    public async Task A_short_throttling_storm_is_waited_out_and_the_write_applied_once()
    {
        Server.Faults.Throttle(FakeService.Exchange, "Set-Mailbox", retryAfter: "0.05", times: 2);
        var address = EmailAddress.Parse("alex.storm@contoso-old.com");

        var outcome = await ApplyAsync(Write(Alex, BulkWriteKind.AddSecondary, address));

        Assert.Equal(BulkWriteStatus.Applied, outcome.Status);
        Assert.Single(await AddressesOfAsync(Alex), a => a == address);
        Assert.Equal(3, Server.Journal.For(FakeService.Exchange).Count(r => r.Operation == "Set-Mailbox"));
    }

    [Fact]
    public async Task A_storm_outlasting_the_retries_is_transient_with_retry_after_and_holds_back_the_same_mailbox()
    {
        Server.Faults.Throttle(FakeService.Exchange, "Set-Mailbox", retryAfter: "0.02", times: 1000);

        var outcomes = await Tenant.Writer.ApplyAsync(
        [
            new BulkWrite("switch", Megan, BulkWriteKind.SetPrimary, EmailAddress.Parse("megan.bowen@example.com")),
            new BulkWrite("drop-old", Megan, BulkWriteKind.RemoveSecondary, EmailAddress.Parse("meganb@example.com")),
        ]);

        Assert.All(outcomes, o => Assert.Equal(BulkWriteStatus.Transient, o.Status));
        Assert.All(outcomes, o => Assert.Equal(TimeSpan.FromSeconds(0.02), o.RetryAfter));
        Assert.Contains("Not tried", outcomes[1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(Server.Journal.For(FakeService.Exchange), r => r.Body.Contains("\"Remove\"", StringComparison.Ordinal));
        Server.Faults.Clear();

        var retried = await Tenant.Writer.ApplyAsync(
        [
            new BulkWrite("switch", Megan, BulkWriteKind.SetPrimary, EmailAddress.Parse("megan.bowen@example.com")),
            new BulkWrite("drop-old", Megan, BulkWriteKind.RemoveSecondary, EmailAddress.Parse("meganb@example.com")),
        ]);
        Assert.All(retried, o => Assert.Equal(BulkWriteStatus.Applied, o.Status));
        Assert.DoesNotContain(EmailAddress.Parse("meganb@example.com"), await AddressesOfAsync(Megan));
    }

    [Fact]
    public async Task Listing_asks_exchange_once_for_shared_mailboxes_whatever_the_number_of_pages()
    {
        var mailboxes = await Tenant.Reader.ListMailboxesAsync().ToListAsync();

        Assert.Equal(7, mailboxes.Count);
        var exchangeCalls = Server.Journal.For(FakeService.Exchange).Where(r => r.Body.Contains("SharedMailbox", StringComparison.Ordinal)).ToList();
        Assert.True(exchangeCalls.Count >= 1, "Shared mailboxes are told apart by Exchange.");
        Assert.All(exchangeCalls, c => Assert.Equal("Get-Mailbox", c.Operation));
        Assert.True(Server.Journal.For(FakeService.Graph).Count(r => r.PathAndQuery.StartsWith("/v1.0/users?", StringComparison.Ordinal)) > 1, "The fake's 2-item pages are followed.");
    }
}
