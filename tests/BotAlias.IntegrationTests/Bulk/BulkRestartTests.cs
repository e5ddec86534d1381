using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Cards;
using BotAlias.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace BotAlias.IntegrationTests.Bulk;

/// <summary>
/// A run over 1,500 generated mailboxes (beside the demo's people) stopped part-way by a host shutdown and finished
/// by the next host on the same data: every mailbox ends with its address once, and each change is audited once.
/// </summary>
public sealed class BulkRestartTests(ITestOutputHelper output) : IDisposable
{
    private const int Generated = 1_500;
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "botalias-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing host; the temp folder is cleaned later.
        }
    }

    [Fact]
    public async Task A_run_stopped_by_a_restart_resumes_and_changes_each_mailbox_exactly_once()
    {
        BulkTenantFiles.WriteDemoWithGeneratedPeople(_dataFolder, Generated);
        string runId;
        int toChange;
        int doneBeforeRestart;
        using (var first = Host())
        {
            var flow = new BulkFlow(first);
            await flow.SayAsync(Person.Megan, "hi");
            await flow.SayAsync(Person.Patti, "hi", "patti-hi");
            await flow.DryRunAsync(Person.Patti, BulkFlow.AddPattern("{alias}@contoso-old.com"));
            var run = await flow.WaitForRunAsync(Person.Patti, seconds: 60);
            runId = run.Id;
            toChange = (await flow.Store.CountAsync(runId))[BulkItemStatus.Pending];
            Assert.True(toChange > Generated / 2, $"Only {toChange} mailboxes to change.");
            await flow.ClickAsync(Person.Patti, BulkVerbs.Submit, runId);
            await flow.ClickAsync(Person.Megan, BulkVerbs.Approve, runId, activityId: "approve-1");

            // Stop the host part-way through.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((await flow.Store.CountAsync(runId))[BulkItemStatus.Done] < 100)
            {
                Assert.True(DateTime.UtcNow < deadline, "The run never got going.");
                await Task.Delay(20);
            }

            doneBeforeRestart = (await flow.Store.CountAsync(runId))[BulkItemStatus.Done];
        }

        Assert.True(doneBeforeRestart < toChange, "The run finished before the restart; the test proves nothing.");
        using var second = Host();
        var after = new BulkFlow(second);
        await after.WaitForStateAsync(runId, BulkRunState.Completed, seconds: 120);
        var counts = await after.Store.CountAsync(runId);
        output.WriteLine($"{toChange} to change; {doneBeforeRestart} done before the restart; in the end {counts[BulkItemStatus.Done]} done, {counts[BulkItemStatus.Failed]} failed");
        Assert.Equal(toChange, counts[BulkItemStatus.Done]);

        var audit = await after.AuditAsync(runId);
        var added = audit.Where(a => a.Action == "bulk.address.added").Select(a => a.Address!).ToList();
        Assert.Equal(toChange, added.Count);
        Assert.Equal(added.Count, added.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        var items = await after.Store.ListItemsAsync(runId, [BulkItemStatus.Done], 0, toChange + 1);
        foreach (var item in items)
        {
            var holder = await after.HolderAsync(item.Address!.Value);
            Assert.Equal(item.MailboxId, holder?.Recipient.Id);
            Assert.Equal(1, holder!.Recipient.AllAddresses.Count(a => a == item.Address));
        }
    }

    private BotAliasFactory Host() => new BotAliasFactory(_dataFolder)
        .With("Outbox:PollInterval", "00:00:00.050")
        .With("Outbox:LeaseDuration", "00:00:03")
        .With("Bulk:BatchSize", "10")
        .With("Bulk:SliceDuration", "00:00:01");
}
