using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.AliasRequests;

/// <summary>Queued work survives the process: stop after the approval, start again on the same data, provision once.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "botalias-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }

    [Fact]
    public async Task A_restart_between_approval_and_provisioning_loses_nothing_and_provisions_once()
    {
        string requestId;
        using (var before = new BotAliasFactory(_dataFolder).With("Outbox:Enabled", "false"))
        {
            var flow = new AliasFlow(before);
            await flow.SubmitAsync(Person.Alex, "alex.w@example.com");
            requestId = (await flow.SingleRequestAsync(Person.Alex)).Id;
            var decided = await flow.DecideAsync(Person.Megan, "alias/approve", requestId);
            Assert.Contains("Approved by Megan Bowen", AliasFlow.Text(decided), StringComparison.Ordinal);
            Assert.Equal(RequestState.Approved, (await flow.FindAsync(requestId))!.State);
            Assert.Null(await flow.HolderAsync("alex.w@example.com"));
            Assert.Equal(2, await before.Services.GetRequiredService<IOutbox>().CountPendingAsync());
        }

        using var after = new BotAliasFactory(_dataFolder).With("Outbox:PollInterval", "00:00:00.100");
        var resumed = new AliasFlow(after);
        _ = after.Server; // Starting the host starts its outbox worker.

        await resumed.WaitForStateAsync(requestId, RequestState.Completed);
        var holder = await resumed.HolderAsync("alex.w@example.com");
        Assert.Equal(Person.Alex.AadObjectId, holder!.Recipient.Id);
        var audit = await resumed.AuditAsync(requestId);
        Assert.Single(audit, a => a.Action == "address.added");
        Assert.Single(audit, a => a.Action == "request.approved");
        await WaitForEmptyOutboxAsync(after);
        await after.Connector.WaitForCallAsync(c => c.Text?.StartsWith("Done:", StringComparison.Ordinal) == true, "the done message after the restart");
    }

    private static async Task WaitForEmptyOutboxAsync(BotAliasFactory bot)
    {
        var outbox = bot.Services.GetRequiredService<IOutbox>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await outbox.CountPendingAsync() > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "queued work never finished");
            await Task.Delay(50);
        }
    }
}
