using BotAlias.Core.Requests;
using BotAlias.Storage.Sqlite;

namespace BotAlias.Storage.Tests;

public sealed class SqliteAliasRequestEscalationTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 6, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_request_is_not_escalated_until_an_update_says_to_whom_and_then_reads_back_so()
    {
        var store = new SqliteAliasRequestStore(await _database.CreateMigratedAsync(), new ManualTimeProvider(Start));
        var request = SampleRequests.New("AR-ESC001", "esc@contoso.com", Start);
        await store.CreateAsync(request, SampleRequests.Created(request));
        Assert.Null((await store.FindAsync(request.Id))!.EscalatedTo);

        var escalated = request with
        {
            EscalatedTo = new ApproverRoute(ApproverKind.Manager, "skip-level-id", "Patti Fernandez"),
            Version = 2,
            UpdatedAt = Start.AddDays(2),
        };
        Assert.True(await store.UpdateAsync(escalated, 1, audit: null, enqueue: null));

        var found = await store.FindAsync(request.Id);
        Assert.Equal(escalated, found);
        Assert.Equal(new ApproverRoute(ApproverKind.Manager, "skip-level-id", "Patti Fernandez"), found!.EscalatedTo);
        Assert.Equal(request.Approver, found.Approver);
    }

    [Fact]
    public async Task An_escalation_without_a_name_is_refused_naming_the_request()
    {
        var store = new SqliteAliasRequestStore(await _database.CreateMigratedAsync(), new ManualTimeProvider(Start));
        var request = SampleRequests.New("AR-ESC002", "esc2@contoso.com", Start) with
        {
            EscalatedTo = new ApproverRoute(ApproverKind.ApproversGroup, "group-id", " "),
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(request, SampleRequests.Created(request)));

        Assert.Contains("AR-ESC002", error.Message, StringComparison.Ordinal);
    }
}
