using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Execution;

namespace BotAlias.Core.Tests.Bulk.Execution;

/// <summary>A tenant, a store and a clock, plus the background job's loop that calls slices until the run ends.</summary>
internal sealed class BulkWorld
{
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public BulkWorld()
    {
        Exchange = new FakeExchangeWriter(Clock);
    }

    public ManualTimeProvider Clock { get; } = new(Start);

    public FakeExchangeWriter Exchange { get; }

    public InMemoryBulkRunStore Store { get; } = new();

    public BulkExecutionOptions Options { get; set; } = new();

    public string RunId { get; private set; } = "";

    public List<BulkSliceResult> Slices { get; } = [];

    public IReadOnlyList<BulkItem> Items => Store.Items(RunId);

    public static EmailAddress A(string text) => EmailAddress.Parse(text);

    public BulkRunExecutor Executor() => new(Store, Exchange, Clock, Options);

    /// <summary>Mailboxes m1..mN with primary userN@example.com, each to gain userN@contoso-old.com.</summary>
    public Task CreateAddRunAsync(int count, BulkRunState state = BulkRunState.Running)
    {
        var items = new List<BulkItem>(count);
        for (var i = 1; i <= count; i++)
        {
            Exchange.AddMailbox($"m{i}", $"user{i}@example.com");
            items.Add(Item(i, $"user{i}@contoso-old.com"));
        }

        return CreateRunAsync(BulkChangeKind.AddAddress, items, state);
    }

    /// <summary>
    /// Mailboxes s1..sN with primary nameN@contoso-old.com moving to nameN@example.com; the even ones already hold
    /// the new address as a secondary, so the switch does not add it.
    /// </summary>
    public Task CreateSwitchRunAsync(int count)
    {
        var items = new List<BulkItem>(count);
        for (var i = 1; i <= count; i++)
        {
            var adds = i % 2 == 1;
            if (adds)
            {
                Exchange.AddMailbox($"s{i}", $"name{i}@contoso-old.com");
            }
            else
            {
                Exchange.AddMailbox($"s{i}", $"name{i}@contoso-old.com", $"name{i}@example.com");
            }

            items.Add(new BulkItem
            {
                Sequence = i,
                MailboxId = $"s{i}",
                UserPrincipalName = $"name{i}@example.com",
                DisplayName = $"Name {i}",
                Status = BulkItemStatus.Pending,
                Address = A($"name{i}@example.com"),
                PreviousPrimary = A($"name{i}@contoso-old.com"),
                AddsAddress = adds,
            });
        }

        return CreateRunAsync(BulkChangeKind.SwitchPrimaryDomain, items);
    }

    public static BulkItem Item(int sequence, string address, BulkItemStatus status = BulkItemStatus.Pending) => new()
    {
        Sequence = sequence,
        MailboxId = $"m{sequence}",
        UserPrincipalName = $"user{sequence}@example.com",
        DisplayName = $"User {sequence}",
        Status = status,
        Address = A(address),
    };

    public async Task CreateRunAsync(BulkChangeKind kind, IReadOnlyList<BulkItem> items, BulkRunState state = BulkRunState.Running)
    {
        var run = new BulkRun
        {
            Id = BulkRunId.New(),
            TenantId = "tenant",
            RequesterId = "adele",
            RequesterName = "Adele Vance",
            Audience = new BulkAudience { Kind = BulkAudienceKind.Everyone },
            Change = kind == BulkChangeKind.AddAddress
                ? new BulkChangeSpec { Kind = kind, Pattern = "{alias}@contoso-old.com" }
                : new BulkChangeSpec { Kind = kind, FromDomain = "contoso-old.com", ToDomain = "example.com" },
            State = state,
            CreatedAt = Clock.GetUtcNow(),
        };
        var audit = new AuditEntry { At = Clock.GetUtcNow(), ActorId = "adele", ActorName = "Adele Vance", Action = "bulk.planned", RequestId = run.Id };
        var (stored, created) = await Store.CreateAsync(run, items, audit);
        Assert.True(created);
        RunId = stored.Id;
    }

    public async Task<BulkRun> RunAsync() => (await Store.FindAsync(RunId))!;

    public async Task FireAsync(BulkRunTrigger trigger)
    {
        var run = await RunAsync();
        Assert.True(await Store.UpdateAsync(run.Fire(trigger, Clock.GetUtcNow()), run.Version, [], []));
    }

    /// <summary>What the background job does: slice after slice, waiting out each backoff, until the run finishes or stops.</summary>
    public async Task<BulkSliceResult> DriveAsync(BulkRunExecutor? executor = null, CancellationToken cancellationToken = default)
    {
        executor ??= Executor();
        for (var i = 0; i < 10_000; i++)
        {
            var result = await executor.RunSliceAsync(RunId, cancellationToken);
            Slices.Add(result);
            switch (result.Kind)
            {
                case BulkSliceKind.Backoff:
                    Clock.Advance(result.Delay);
                    break;
                case BulkSliceKind.MoreToDo:
                    break;
                case BulkSliceKind.Finished:
                    await FireAsync(result.State == BulkRunState.Undoing ? BulkRunTrigger.FinishUndo : BulkRunTrigger.Complete);
                    return result;
                default:
                    return result;
            }
        }

        throw new InvalidOperationException("The run never finished.");
    }

    /// <summary>Runs to completion, then undoes the run to the end.</summary>
    public async Task RunThenUndoAsync()
    {
        Assert.Equal(BulkSliceKind.Finished, (await DriveAsync()).Kind);
        await FireAsync(BulkRunTrigger.Undo);
        Assert.Equal(BulkSliceKind.Finished, (await DriveAsync()).Kind);
        Assert.Equal(BulkRunState.Undone, (await RunAsync()).State);
    }

    public List<AuditEntry> AuditOf(string action) => Store.Audit.Where(a => a.Action == action).ToList();

    public int Count(BulkItemStatus status) => Items.Count(i => i.Status == status);
}
