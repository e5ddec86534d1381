using System.Diagnostics;
using System.Text.Json.Nodes;
using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;
using BotAlias.TestSupport.Bulk;
using Xunit.Abstractions;

namespace BotAlias.Directory.ContractTests.Bulk;

/// <summary>
/// A generated 10,000-mailbox tenant (<see cref="LargeTenantSeed"/>), for every directory: names with accents,
/// apostrophes and spaces read back as stored, nested groups expanded once, and a domain change's first half (add
/// {alias}@contoso-old.com to everyone) written in batches of 50 as the executor writes them, Transient outcomes
/// retried after their Retry-After. Elapsed time and rate are printed, not asserted.
/// </summary>
/// <remarks>No reset between scenarios: the read scenarios look at names and groups, which the run does not change.</remarks>
public abstract class LargeTenantBulkContract(IBulkDirectoryUnderTest tenant, ITestOutputHelper output)
{
    public const int Mailboxes = 10_000;

    protected IBulkDirectoryUnderTest Tenant { get; } = tenant;

    protected ITestOutputHelper Output { get; } = output;

    public static string Seed { get; } = LargeTenantSeed.Generate(Mailboxes);

    [Fact]
    public async Task Names_with_accents_apostrophes_and_spaces_are_listed_exactly_as_stored()
    {
        var expected = JsonNode.Parse(Tenant.SeedJson)!["users"]!.AsArray()
            .ToDictionary(u => (string)u!["id"]!, u => ((string?)u!["givenName"], (string?)u!["surname"], (string?)u!["mailbox"]!["alias"]));

        var listed = await Tenant.Reader.ListMailboxesAsync().ToListAsync();

        Assert.Equal(Mailboxes + 1, listed.Count);
        foreach (var mailbox in listed.Where(m => expected.ContainsKey(m.Id)))
        {
            Assert.Equal(expected[mailbox.Id], (mailbox.GivenName, mailbox.Surname, mailbox.Alias));
        }

        Assert.Contains(listed, m => m.Surname == "O'Brien");
        Assert.Contains(listed, m => m.Surname == "de la Cruz");
        Assert.Contains(listed, m => m.GivenName == "Zoë");
        Assert.Contains(listed, m => m.GivenName == "Łukasz");
    }

    [Fact]
    public async Task A_groups_mailboxes_include_nested_groups_members_each_once()
    {
        var groups = JsonNode.Parse(Tenant.SeedJson)!["groups"]!.AsArray().ToDictionary(g => (string)g!["id"]!);
        var expected = new[] { LargeTenantSeed.SalesGroupId, LargeTenantSeed.SalesEmeaGroupId }
            .SelectMany(id => groups[id]!["memberIds"]!.AsArray().Select(m => (string)m!))
            .ToHashSet();

        var sales = await Tenant.Reader.ListGroupMailboxesAsync(LargeTenantSeed.SalesGroupId).ToListAsync();
        var everyone = await Tenant.Reader.ListGroupMailboxesAsync(LargeTenantSeed.AllStaffGroupId).ToListAsync();

        Assert.Equal(sales.Count, sales.Select(m => m.Id).Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), sales.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Mailboxes, everyone.Count);
    }

    [Fact]
    public async Task Every_mailbox_gets_its_old_domain_address_exactly_once_in_batches_of_50()
    {
        BeforeRun();
        var clock = Stopwatch.StartNew();
        var mailboxes = await Tenant.Reader.ListMailboxesAsync().ToListAsync();
        var listing = clock.Elapsed;
        Assert.Equal(Mailboxes + 1, mailboxes.Count);

        var oldAddress = mailboxes.ToDictionary(m => m.Id, m => EmailAddress.Parse($"{m.Alias}@{LargeTenantSeed.OldDomain}"));
        var writes = mailboxes.Select(m => new BulkWrite(m.Id, m.Id, BulkWriteKind.AddSecondary, oldAddress[m.Id])).ToList();
        var outcomes = new Dictionary<string, BulkWriteOutcome>();
        var pending = writes;
        var rounds = 0;
        clock.Restart();
        while (pending.Count > 0 && rounds++ < 30)
        {
            var transient = new List<BulkWrite>();
            var wait = TimeSpan.Zero;
            foreach (var batch in pending.Chunk(50))
            {
                foreach (var (write, outcome) in batch.Zip(await Tenant.Writer.ApplyAsync(batch)))
                {
                    if (outcome.Status == BulkWriteStatus.Transient)
                    {
                        transient.Add(write);
                        wait = TimeSpan.FromTicks(Math.Max(wait.Ticks, (outcome.RetryAfter ?? TimeSpan.FromMilliseconds(100)).Ticks));
                    }
                    else
                    {
                        outcomes[write.Key] = outcome;
                    }
                }
            }

            pending = transient;
            await Task.Delay(wait);
        }

        var writing = clock.Elapsed;
        Output.WriteLine($"{GetType().Name}: listed {mailboxes.Count} mailboxes in {listing.TotalSeconds:0.00} s; "
            + $"{writes.Count} writes in batches of 50 in {writing.TotalSeconds:0.00} s = {writes.Count / writing.TotalSeconds:0} writes/s, {rounds} round(s).");
        if (AfterRunReport() is { } report)
        {
            Output.WriteLine(report);
        }

        Assert.Empty(pending);
        var after = (await Tenant.Reader.ListMailboxesAsync().ToListAsync()).ToDictionary(m => m.Id);
        foreach (var before in mailboxes)
        {
            var held = after[before.Id].AllAddresses.Count(a => a == oldAddress[before.Id]);
            var hadIt = before.AllAddresses.Contains(oldAddress[before.Id]);
            if (before.OnPremisesSyncEnabled && !hadIt)
            {
                // Synced mailboxes are changed on-premises: refused, left as they were.
                Assert.Equal(BulkWriteStatus.Refused, outcomes[before.Id].Status);
                Assert.Equal(0, held);
            }
            else
            {
                Assert.True(outcomes[before.Id].Status == BulkWriteStatus.Applied, $"{before.UserPrincipalName}: {outcomes[before.Id].Status} ({outcomes[before.Id].Reason})");
                Assert.Equal(1, held);
            }
        }

        Assert.Contains(mailboxes, m => m.OnPremisesSyncEnabled);
    }

    /// <summary>Sets up what the run meets (a rate budget on the fake).</summary>
    protected virtual void BeforeRun()
    {
    }

    /// <summary>What the directory saw of the run, to print.</summary>
    protected virtual string? AfterRunReport() => null;
}
