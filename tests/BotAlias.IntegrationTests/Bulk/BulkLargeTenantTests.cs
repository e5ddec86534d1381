using System.Text.Json.Nodes;
using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Cards;
using BotAlias.IntegrationTests.Infrastructure;

namespace BotAlias.IntegrationTests.Bulk;

/// <summary>Runs big enough to press buttons part-way: pause, cancel and undo, and conflicts settled by suggestions.</summary>
public sealed class BulkLargeTenantTests : IDisposable
{
    private const int Generated = 600;
    private readonly BotAliasFactory _bot;
    private readonly BulkFlow _flow;

    public BulkLargeTenantTests()
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "botalias-tests", Guid.NewGuid().ToString("N"));
        BulkTenantFiles.WriteDemoWithGeneratedPeople(dataFolder, Generated);
        _bot = new BotAliasFactory(dataFolder)
            .With("Outbox:PollInterval", "00:00:00.050")
            .With("Bulk:BatchSize", "5")
            .With("Bulk:SliceDuration", "00:00:01");
        _flow = new BulkFlow(_bot);
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Pause_holds_the_run_still_and_resume_finishes_it()
    {
        var (runId, toChange) = await StartAsync("{alias}@contoso-old.com");
        await WaitForDoneAsync(runId, 30);

        var paused = BulkFlow.Text(await _flow.ClickAsync(Person.Patti, BulkVerbs.Pause, runId, activityId: "pause-1"));
        Assert.Contains("Resume", paused, StringComparison.Ordinal);
        await _flow.WaitForStateAsync(runId, BulkRunState.Paused);
        await Task.Delay(300); // the batch in hand, if any, is stored
        var held = (await _flow.Store.CountAsync(runId))[BulkItemStatus.Done];
        await Task.Delay(1500);
        Assert.Equal(held, (await _flow.Store.CountAsync(runId))[BulkItemStatus.Done]);
        Assert.True(held < toChange, "The run finished before the pause; the test proves nothing.");

        await _flow.ClickAsync(Person.Patti, BulkVerbs.Resume, runId, activityId: "resume-1");
        await _flow.WaitForStateAsync(runId, BulkRunState.Completed, seconds: 120);
        Assert.Equal(toChange, (await _flow.Store.CountAsync(runId))[BulkItemStatus.Done]);
        Assert.Equal(toChange, (await _flow.AuditAsync(runId)).Count(a => a.Action == "bulk.address.added"));
    }

    [Fact]
    public async Task A_run_cancelled_part_way_keeps_what_was_done_until_undo_removes_it()
    {
        var (runId, toChange) = await StartAsync("{alias}@contoso-old.com");
        await WaitForDoneAsync(runId, 30);

        await _flow.ClickAsync(Person.Patti, BulkVerbs.Cancel, runId, activityId: "cancel-1");
        await _flow.WaitForStateAsync(runId, BulkRunState.Cancelled);
        await Task.Delay(300);
        var done = await _flow.Store.ListItemsAsync(runId, [BulkItemStatus.Done], 0, toChange);
        Assert.True(done.Count > 0 && done.Count < toChange, $"{done.Count} of {toChange} done when cancelled.");
        Assert.Equal(toChange - done.Count, (await _flow.Store.CountAsync(runId))[BulkItemStatus.Pending]);
        foreach (var item in done.Take(20))
        {
            Assert.Equal(item.MailboxId, (await _flow.HolderAsync(item.Address!.Value))?.Recipient.Id);
        }

        await _flow.ClickAsync(Person.Patti, BulkVerbs.Undo, runId, activityId: "undo-1");
        await _flow.WaitForStateAsync(runId, BulkRunState.Undone, seconds: 120);
        Assert.Equal(done.Count, (await _flow.Store.CountAsync(runId))[BulkItemStatus.Undone]);
        foreach (var item in done)
        {
            Assert.Null(await _flow.HolderAsync(item.Address!.Value));
        }
    }

    [Fact]
    public async Task Namesakes_conflict_in_the_dry_run_and_accepted_suggestions_give_each_their_own_address()
    {
        await _flow.SayAsync(Person.Megan, "hi");
        await _flow.DryRunAsync(Person.Patti, BulkFlow.AddPattern("{first}.{last}@contoso-old.com"));
        var run = await _flow.WaitForRunAsync(Person.Patti, seconds: 60);
        var conflicts = await _flow.Store.ListItemsAsync(run.Id, [BulkItemStatus.Conflict], 0, 1000);
        Assert.NotEmpty(conflicts);
        var suggested = conflicts.Where(c => c.Suggestion is not null).ToList();
        Assert.NotEmpty(suggested);
        Assert.Equal(suggested.Count, suggested.Select(c => c.Suggestion!.Value).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var pendingBefore = (await _flow.Store.CountAsync(run.Id))[BulkItemStatus.Pending];

        await _flow.ClickAsync(Person.Patti, BulkVerbs.Submit, run.Id, new JsonObject { ["acceptSuggestions"] = "true" });
        Assert.Equal(pendingBefore + suggested.Count, (await _flow.Store.CountAsync(run.Id))[BulkItemStatus.Pending]);
        await _flow.ClickAsync(Person.Megan, BulkVerbs.Approve, run.Id, activityId: "approve-1");
        await _flow.WaitForStateAsync(run.Id, BulkRunState.Completed, seconds: 120);

        foreach (var item in suggested)
        {
            Assert.Equal(item.MailboxId, (await _flow.HolderAsync(item.Suggestion!.Value))?.Recipient.Id);
        }

        Assert.Contains(await _flow.AuditAsync(run.Id), a => a.Action == "bulk.suggestions_accepted");
    }

    private async Task<(string RunId, int ToChange)> StartAsync(string pattern)
    {
        await _flow.SayAsync(Person.Megan, "hi");
        await _flow.DryRunAsync(Person.Patti, BulkFlow.AddPattern(pattern));
        var run = await _flow.WaitForRunAsync(Person.Patti, seconds: 60);
        var toChange = (await _flow.Store.CountAsync(run.Id))[BulkItemStatus.Pending];
        await _flow.ClickAsync(Person.Patti, BulkVerbs.Submit, run.Id);
        await _flow.ClickAsync(Person.Megan, BulkVerbs.Approve, run.Id, activityId: "approve-1");
        return (run.Id, toChange);
    }

    private async Task WaitForDoneAsync(string runId, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await _flow.Store.CountAsync(runId))[BulkItemStatus.Done] < atLeast)
        {
            Assert.True(DateTime.UtcNow < deadline, "The run never got going.");
            await Task.Delay(10);
        }
    }
}
