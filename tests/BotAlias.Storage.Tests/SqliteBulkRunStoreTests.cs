using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Tests;

public sealed class SqliteBulkRunStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();
    private readonly ManualTimeProvider _clock = new(Start);
    private SqliteConnectionFactory? _factory;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_created_run_and_its_items_are_found_with_every_field()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-7K2M9Q", Start) with
        {
            Audience = new BulkAudience { Kind = BulkAudienceKind.Group, GroupId = "group-1", GroupName = "Sales", ListEntryCount = 3 },
            Change = new BulkChangeSpec { Kind = BulkChangeKind.SwitchPrimaryDomain, FromDomain = "contoso-old.com", ToDomain = "example.com" },
            State = BulkRunState.Paused,
            Approver = new ApproverRoute(ApproverKind.ApproversGroup, "bulk-approvers", "Bulk approvers"),
            Version = 5,
            UpdatedAt = new DateTimeOffset(2025, 9, 1, 10, 30, 0, TimeSpan.FromHours(2)),
            DecidedById = SampleBulkRuns.SecondAdmin,
            DecidedByName = "Miriam Graham",
            Reason = "Paused by Adele for the weekend.",
            RequesterConversationId = "a:personal-adele",
            StatusActivityId = "progress-1",
            SourceActivityKey = "a:personal-adele|activity-1",
        };
        BulkItem[] items =
        [
            new()
            {
                Sequence = 1,
                MailboxId = "mailbox-1",
                UserPrincipalName = "zoe.lambert@example.com",
                DisplayName = "Zoë L'Ambert",
                Status = BulkItemStatus.Conflict,
                Address = EmailAddress.Parse("Zoe.Lambert@example.com"),
                PreviousPrimary = EmailAddress.Parse("zoe.lambert@contoso-old.com"),
                AddsAddress = false,
                Suggestion = EmailAddress.Parse("zoe.lambert2@example.com"),
                Reason = "zoe.lambert@example.com is held by the Sales group.",
                Attempts = 3,
                UpdatedAt = Start.AddMinutes(1),
            },
            new()
            {
                Sequence = 2,
                UserPrincipalName = "nobody@example.com",
                DisplayName = "",
                Status = BulkItemStatus.Invalid,
                Reason = "No mailbox has this address or UPN.",
            },
        ];

        var (returned, created) = await store.CreateAsync(run, items, SampleBulkRuns.Created(run));

        Assert.True(created);
        Assert.Same(run, returned);
        Assert.Equal(run, await store.FindAsync("BK-7K2M9Q"));
        Assert.Equal(items, await store.ListItemsAsync("BK-7K2M9Q", statuses: null, afterSequence: 0, limit: 10));
        var audit = Assert.Single(await new SqliteAuditLog(_factory!).ListForRequestAsync("BK-7K2M9Q"));
        Assert.Equal("bulk.planned", audit.Action);
        Assert.Equal(SampleBulkRuns.Admin, audit.ActorId);
    }

    [Fact]
    public async Task A_run_with_no_approver_yet_comes_back_without_one()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-NOAPPR", Start);
        await store.CreateAsync(run, SampleBulkRuns.PendingItems(1), SampleBulkRuns.Created(run));

        var found = await store.FindAsync("BK-NOAPPR");

        Assert.Equal(run, found);
        Assert.Null(found!.Approver);
        Assert.Null(await store.FindAsync("BK-000000"));
    }

    [Fact]
    public async Task A_redelivered_request_returns_the_run_it_created_and_writes_nothing()
    {
        var store = await CreateStoreAsync();
        var original = SampleBulkRuns.New("BK-FIRST1", Start) with { SourceActivityKey = "a:chat|activity-9" };
        Assert.True((await store.CreateAsync(original, SampleBulkRuns.PendingItems(3), SampleBulkRuns.Created(original))).Created);

        var redelivery = SampleBulkRuns.New("BK-AGAIN1", Start.AddSeconds(5)) with { SourceActivityKey = "a:chat|activity-9" };
        var (returned, created) = await store.CreateAsync(redelivery, SampleBulkRuns.PendingItems(5), SampleBulkRuns.Created(redelivery));

        Assert.False(created);
        Assert.Equal(original, returned);
        Assert.Null(await store.FindAsync("BK-AGAIN1"));
        Assert.Equal(3, (await store.CountAsync("BK-FIRST1")).Total);
        Assert.Equal(BulkRunCounts.Empty.Total, (await store.CountAsync("BK-AGAIN1")).Total);
        Assert.Empty(await new SqliteAuditLog(_factory!).ListForRequestAsync("BK-AGAIN1"));
    }

    [Fact]
    public async Task A_redelivery_racing_the_original_creates_one_run()
    {
        await CreateStoreAsync();

        var results = await ThreadRace.RunAsync(8, racer =>
        {
            var racerStore = new SqliteBulkRunStore(_database.CreateConnectionFactory(), _clock);
            var run = SampleBulkRuns.New($"BK-RACE0{racer}", Start) with { SourceActivityKey = "a:chat|activity-race" };
            return racerStore.CreateAsync(run, SampleBulkRuns.PendingItems(100), SampleBulkRuns.Created(run));
        });

        var winner = Assert.Single(results, r => r.Created);
        Assert.All(results, r => Assert.Equal(winner.Run.Id, r.Run.Id));
        await using var connection = await _factory!.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bulk_runs;"));
        Assert.Equal(100, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bulk_items;"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log;"));
    }

    [Fact]
    public async Task Creating_a_second_run_with_a_taken_id_is_refused_clearly_and_adds_no_items()
    {
        var store = await CreateStoreAsync();
        var first = SampleBulkRuns.New("BK-SAME01", Start);
        await store.CreateAsync(first, SampleBulkRuns.PendingItems(2), SampleBulkRuns.Created(first));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.CreateAsync(first, SampleBulkRuns.PendingItems(4), SampleBulkRuns.Created(first)));

        Assert.Contains("BK-SAME01 already exists", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await store.CountAsync("BK-SAME01")).Total);
    }

    [Fact]
    public async Task Items_listing_the_same_sequence_twice_are_refused_before_anything_is_written()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-DUPSEQ", Start);
        var items = SampleBulkRuns.PendingItems(3);
        items[2] = items[2] with { Sequence = 2 };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(run, items, SampleBulkRuns.Created(run)));

        Assert.Contains("lists item 2 twice", exception.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindAsync("BK-DUPSEQ"));
    }

    [Fact]
    public async Task When_the_audit_insert_fails_neither_the_run_nor_its_items_are_created()
    {
        var store = await CreateStoreAsync();
        await BreakAuditLogAsync();
        var run = SampleBulkRuns.New("BK-ATOM01", Start);

        await Assert.ThrowsAsync<SqliteException>(() => store.CreateAsync(run, SampleBulkRuns.PendingItems(50), SampleBulkRuns.Created(run)));

        Assert.Null(await store.FindAsync("BK-ATOM01"));
        Assert.Equal(0, (await store.CountAsync("BK-ATOM01")).Total);
    }

    [Fact]
    public async Task The_requesters_runs_are_listed_newest_first()
    {
        var store = await CreateStoreAsync();
        foreach (var (id, minutes, requester) in new[] { ("BK-OLD001", 0, SampleBulkRuns.Admin), ("BK-NEW001", 20, SampleBulkRuns.Admin), ("BK-MID001", 10, SampleBulkRuns.Admin), ("BK-OTHER1", 30, SampleBulkRuns.SecondAdmin) })
        {
            var run = SampleBulkRuns.New(id, Start.AddMinutes(minutes), requester);
            await store.CreateAsync(run, [], SampleBulkRuns.Created(run));
        }

        Assert.Equal(["BK-NEW001", "BK-MID001", "BK-OLD001"], (await store.ListByRequesterAsync(SampleBulkRuns.Admin, 10)).Select(r => r.Id));
        Assert.Equal(["BK-NEW001", "BK-MID001"], (await store.ListByRequesterAsync(SampleBulkRuns.Admin, 2)).Select(r => r.Id));
    }

    [Fact]
    public async Task An_approval_is_stored_with_its_audit_entries_and_messages_together()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-WRITE1", Start) with { State = BulkRunState.PendingApproval };
        await store.CreateAsync(run, SampleBulkRuns.PendingItems(2), SampleBulkRuns.Created(run));
        _clock.Advance(TimeSpan.FromMinutes(3));
        var approved = run.Fire(BulkRunTrigger.Approve, _clock.GetUtcNow()) with
        {
            Approver = new ApproverRoute(ApproverKind.ApproversGroup, "bulk-approvers", "Bulk approvers"),
            DecidedById = SampleBulkRuns.SecondAdmin,
            DecidedByName = "Miriam Graham",
        };
        OutboxMessage[] messages =
        [
            new() { Kind = "bulk.run", Payload = "{\"run\":\"BK-WRITE1\"}", IdempotencyKey = "BK-WRITE1/run" },
            new() { Kind = "bulk.status", Payload = "{}", IdempotencyKey = "BK-WRITE1/status/2" },
        ];
        var noteWithoutRun = SampleBulkRuns.Changed(run, approved, "bulk.approval_card_updated") with { RequestId = null };

        Assert.True(await store.UpdateAsync(approved, 1, [SampleBulkRuns.Changed(run, approved, "bulk.approved"), noteWithoutRun], messages));

        Assert.Equal(approved, await store.FindAsync("BK-WRITE1"));
        var audit = await new SqliteAuditLog(_factory!).ListForRequestAsync("BK-WRITE1");
        Assert.Equal(["bulk.planned", "bulk.approved", "bulk.approval_card_updated"], audit.Select(a => a.Action));
        Assert.Equal(2, await new SqliteOutbox(_factory!, _clock).CountPendingAsync());
        var lease = await new SqliteOutbox(_factory!, _clock).LeaseNextAsync(TimeSpan.FromMinutes(1));
        Assert.Equal("bulk.run", lease?.Kind);
    }

    [Fact]
    public async Task An_update_from_a_stale_version_returns_false_and_writes_nothing()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-STALE1", Start) with { State = BulkRunState.Running };
        await store.CreateAsync(run, SampleBulkRuns.PendingItems(2), SampleBulkRuns.Created(run));
        var paused = run.Fire(BulkRunTrigger.Pause, Start.AddMinutes(1));
        Assert.True(await store.UpdateAsync(paused, 1, [SampleBulkRuns.Changed(run, paused, "bulk.paused")], []));

        // A stale Cancel button: the card showed version 1, the run is now at 2.
        var lateCancel = run.Fire(BulkRunTrigger.Cancel, Start.AddMinutes(2));
        var message = new OutboxMessage { Kind = "bulk.status", Payload = "{}", IdempotencyKey = "BK-STALE1/cancelled" };
        var stored = await store.UpdateAsync(lateCancel, 1, [SampleBulkRuns.Changed(run, lateCancel, "bulk.cancelled")], [message]);

        Assert.False(stored);
        Assert.Equal(paused, await store.FindAsync("BK-STALE1"));
        Assert.Equal(["bulk.planned", "bulk.paused"], (await new SqliteAuditLog(_factory!).ListForRequestAsync("BK-STALE1")).Select(a => a.Action));
        Assert.Equal(0, await new SqliteOutbox(_factory!, _clock).CountPendingAsync());
    }

    [Fact]
    public async Task An_update_of_an_unknown_run_returns_false()
    {
        var store = await CreateStoreAsync();
        var never = SampleBulkRuns.New("BK-NEVER1", Start) with { Version = 2 };

        Assert.False(await store.UpdateAsync(never, 1, [], []));
        Assert.Null(await store.FindAsync("BK-NEVER1"));
    }

    [Fact]
    public async Task When_the_outbox_insert_fails_the_update_and_its_audit_entries_are_not_written()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-ATOM02", Start) with { State = BulkRunState.Approved };
        await store.CreateAsync(run, [], SampleBulkRuns.Created(run));
        await using (var connection = await _factory!.OpenAsync())
        {
            await connection.ExecuteAsync("""
                CREATE TRIGGER test_outbox_unavailable BEFORE INSERT ON outbox
                BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END;
                """);
        }

        var started = run.Fire(BulkRunTrigger.Start, Start.AddMinutes(1));
        var message = new OutboxMessage { Kind = "bulk.run", Payload = "{}", IdempotencyKey = "BK-ATOM02/run" };
        var exception = await Assert.ThrowsAsync<SqliteException>(
            () => store.UpdateAsync(started, 1, [SampleBulkRuns.Changed(run, started, "bulk.started")], [message]));

        Assert.Contains("outbox unavailable", exception.Message, StringComparison.Ordinal);
        Assert.Equal(run, await store.FindAsync("BK-ATOM02"));
        Assert.Equal(["bulk.planned"], (await new SqliteAuditLog(_factory!).ListForRequestAsync("BK-ATOM02")).Select(a => a.Action));
    }

    [Fact]
    public async Task An_update_must_write_the_version_after_the_expected_one()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-VERS01", Start);
        await store.CreateAsync(run, [], SampleBulkRuns.Created(run));

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            () => store.UpdateAsync(run with { State = BulkRunState.PendingApproval }, 1, [], []));

        Assert.Contains("must write version 2", exception.Message, StringComparison.Ordinal);
        Assert.Equal(BulkRunState.DryRun, (await store.FindAsync("BK-VERS01"))?.State);
    }

    [Fact]
    public async Task An_update_cannot_change_what_the_items_were_planned_from()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-SPEC01", Start);
        await store.CreateAsync(run, SampleBulkRuns.PendingItems(1), SampleBulkRuns.Created(run));
        var otherPattern = run.Fire(BulkRunTrigger.Submit, Start.AddMinutes(1)) with
        {
            Change = new BulkChangeSpec { Kind = BulkChangeKind.AddAddress, Pattern = "{alias}@contoso-old.com" },
        };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.UpdateAsync(otherPattern, 1, [], []));

        Assert.Contains("cannot change its Change", exception.Message, StringComparison.Ordinal);
        Assert.Equal(run, await store.FindAsync("BK-SPEC01"));
    }

    [Fact]
    public async Task An_audit_entry_for_another_request_is_refused()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-AUDIT1", Start);
        await store.CreateAsync(run, SampleBulkRuns.PendingItems(1), SampleBulkRuns.Created(run));
        var foreign = SampleBulkRuns.ItemApplied("BK-OTHER1", SampleBulkRuns.PendingItems(1)[0], Start);

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            () => store.UpdateItemsAsync("BK-AUDIT1", [new BulkItemUpdate(1, BulkItemStatus.Done, null, 0, Start)], [foreign]));

        Assert.Contains("is for request BK-OTHER1, not bulk run BK-AUDIT1", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await store.CountAsync("BK-AUDIT1"))[BulkItemStatus.Pending]);
    }

    [Fact]
    public async Task Items_are_listed_in_order_by_status_after_a_sequence_up_to_the_limit()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-LIST01", Start);
        var items = SampleBulkRuns.PendingItems(10);
        items[2] = items[2] with { Status = BulkItemStatus.Failed, Reason = "Refused" };
        items[5] = items[5] with { Status = BulkItemStatus.Conflict };
        items[6] = items[6] with { Status = BulkItemStatus.Failed };
        items[8] = items[8] with { Status = BulkItemStatus.Done };
        await store.CreateAsync(run, items, SampleBulkRuns.Created(run));

        var pending = await store.ListItemsAsync("BK-LIST01", [BulkItemStatus.Pending], afterSequence: 2, limit: 3);
        var failedOrConflict = await store.ListItemsAsync("BK-LIST01", [BulkItemStatus.Failed, BulkItemStatus.Conflict], afterSequence: 0, limit: 10);
        var all = await store.ListItemsAsync("BK-LIST01", statuses: null, afterSequence: 7, limit: 10);

        Assert.Equal([4, 5, 8], pending.Select(i => i.Sequence));
        Assert.Equal([3, 6, 7], failedOrConflict.Select(i => i.Sequence));
        Assert.Equal("Refused", failedOrConflict[0].Reason);
        Assert.Equal([8, 9, 10], all.Select(i => i.Sequence));
        Assert.Empty(await store.ListItemsAsync("BK-LIST01", [], afterSequence: 0, limit: 10));
        Assert.Empty(await store.ListItemsAsync("BK-NONE01", statuses: null, afterSequence: 0, limit: 10));
    }

    [Fact]
    public async Task Paging_through_ten_thousand_items_visits_each_once()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-PAGE01", Start);
        var items = SampleBulkRuns.PendingItems(10_000);
        for (var index = 0; index < items.Count; index += 7)
        {
            items[index] = items[index] with { Status = BulkItemStatus.AlreadyDone };
        }

        await store.CreateAsync(run, items, SampleBulkRuns.Created(run));

        var seen = new List<int>();
        var after = 0;
        var pages = 0;
        while (true)
        {
            var page = await store.ListItemsAsync("BK-PAGE01", [BulkItemStatus.Pending], after, limit: 500);
            if (page.Count == 0)
            {
                break;
            }

            pages++;
            seen.AddRange(page.Select(i => i.Sequence));
            after = page[^1].Sequence;
        }

        var expected = items.Where(i => i.Status == BulkItemStatus.Pending).Select(i => i.Sequence).ToList();
        Assert.Equal(expected, seen);
        Assert.Equal((expected.Count + 499) / 500, pages);
    }

    [Fact]
    public async Task Item_updates_change_status_reason_attempts_and_address_and_are_audited_by_address()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-ITEM01", Start) with { State = BulkRunState.Running };
        var items = SampleBulkRuns.PendingItems(4);
        items[3] = items[3] with { Status = BulkItemStatus.Conflict, Suggestion = EmailAddress.Parse("user4.2@contoso-old.com") };
        await store.CreateAsync(run, items, SampleBulkRuns.Created(run));
        var at = Start.AddMinutes(10);

        BulkItemUpdate[] updates =
        [
            new(1, BulkItemStatus.Done, null, 0, at),
            new(2, BulkItemStatus.Pending, "Exchange asked us to wait 30 seconds.", 1, at),
            new(3, BulkItemStatus.Failed, "The mailbox is gone.", 0, at),
            new(4, BulkItemStatus.Pending, null, 0, at) { Address = EmailAddress.Parse("user4.2@contoso-old.com") },
            new(99, BulkItemStatus.Done, null, 0, at),
        ];
        await store.UpdateItemsAsync("BK-ITEM01", updates, [SampleBulkRuns.ItemApplied("BK-ITEM01", items[0], at) with { RequestId = null }]);

        var stored = await store.ListItemsAsync("BK-ITEM01", statuses: null, afterSequence: 0, limit: 10);
        Assert.Equal(4, stored.Count);
        Assert.Equal(items[0] with { Status = BulkItemStatus.Done, UpdatedAt = at }, stored[0]);
        Assert.Equal(items[1] with { Reason = "Exchange asked us to wait 30 seconds.", Attempts = 1, UpdatedAt = at }, stored[1]);
        Assert.Equal(items[2] with { Status = BulkItemStatus.Failed, Reason = "The mailbox is gone.", UpdatedAt = at }, stored[2]);
        Assert.Equal(items[3] with { Status = BulkItemStatus.Pending, Address = EmailAddress.Parse("user4.2@contoso-old.com"), UpdatedAt = at }, stored[3]);

        // "whois user1@contoso-old.com" reads the address's history: the bulk run's line is there.
        var history = Assert.Single(await new SqliteAuditLog(_factory!).ListForAddressAsync(EmailAddress.Parse("USER1@contoso-old.com")));
        Assert.Equal("bulk.address.added", history.Action);
        Assert.Equal("BK-ITEM01", history.RequestId);
    }

    [Fact]
    public async Task When_the_audit_insert_fails_no_item_update_is_stored()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-ATOM03", Start) with { State = BulkRunState.Running };
        var items = SampleBulkRuns.PendingItems(5);
        await store.CreateAsync(run, items, SampleBulkRuns.Created(run));
        await BreakAuditLogAsync();

        var updates = items.Select(i => new BulkItemUpdate(i.Sequence, BulkItemStatus.Done, null, 0, Start)).ToList();
        await Assert.ThrowsAsync<SqliteException>(
            () => store.UpdateItemsAsync("BK-ATOM03", updates, items.Select(i => SampleBulkRuns.ItemApplied("BK-ATOM03", i, Start)).ToList()));

        Assert.Equal(5, (await store.CountAsync("BK-ATOM03"))[BulkItemStatus.Pending]);
    }

    [Fact]
    public async Task Item_updates_for_an_unknown_run_are_refused_and_leave_no_audit_lines()
    {
        var store = await CreateStoreAsync();
        var item = SampleBulkRuns.PendingItems(1)[0];

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpdateItemsAsync(
            "BK-GHOST1", [new BulkItemUpdate(1, BulkItemStatus.Done, null, 0, Start)], [SampleBulkRuns.ItemApplied("BK-GHOST1", item, Start)]));

        Assert.Contains("no bulk run BK-GHOST1", exception.Message, StringComparison.Ordinal);
        Assert.Empty(await new SqliteAuditLog(_factory!).ListForRequestAsync("BK-GHOST1"));
    }

    [Fact]
    public async Task Counts_are_by_status_and_only_for_the_run_asked_about()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-COUNT1", Start);
        var items = SampleBulkRuns.PendingItems(10);
        items[0] = items[0] with { Status = BulkItemStatus.Conflict };
        items[1] = items[1] with { Status = BulkItemStatus.Conflict };
        items[2] = items[2] with { Status = BulkItemStatus.Synced };
        items[3] = items[3] with { Status = BulkItemStatus.Invalid };
        await store.CreateAsync(run, items, SampleBulkRuns.Created(run));
        var other = SampleBulkRuns.New("BK-COUNT2", Start);
        await store.CreateAsync(other, SampleBulkRuns.PendingItems(3), SampleBulkRuns.Created(other));

        var counts = await store.CountAsync("BK-COUNT1");

        Assert.Equal(6, counts[BulkItemStatus.Pending]);
        Assert.Equal(2, counts[BulkItemStatus.Conflict]);
        Assert.Equal(1, counts[BulkItemStatus.Synced]);
        Assert.Equal(1, counts[BulkItemStatus.Invalid]);
        Assert.Equal(0, counts[BulkItemStatus.Done]);
        Assert.Equal(10, counts.Total);
        Assert.Equal(0, (await store.CountAsync("BK-NONE01")).Total);
    }

    [Fact]
    public async Task An_item_status_this_build_does_not_know_is_reported_with_the_run_and_item_named()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-NEWER1", Start);
        await store.CreateAsync(run, SampleBulkRuns.PendingItems(2), SampleBulkRuns.Created(run));
        await using (var connection = await _factory!.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE bulk_items SET status = 'Quarantined' WHERE sequence = 2;");
        }

        var listing = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ListItemsAsync("BK-NEWER1", null, 0, 10));
        var counting = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CountAsync("BK-NEWER1"));

        Assert.Contains("Bulk run BK-NEWER1 has item 2 with status 'Quarantined'", listing.Message, StringComparison.Ordinal);
        Assert.Contains("'Quarantined'", counting.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Of_two_writers_racing_on_one_run_exactly_one_wins_each_version()
    {
        var store = await CreateStoreAsync();
        var run = SampleBulkRuns.New("BK-RACE10", Start) with { State = BulkRunState.Running };
        await store.CreateAsync(run, [], SampleBulkRuns.Created(run));
        const long FinalVersion = 41;

        // Each racer reads the run, writes the next version, and on losing reads again, until the run is done.
        var wins = await ThreadRace.RunAsync(2, async racer =>
        {
            var racerStore = new SqliteBulkRunStore(_database.CreateConnectionFactory(), _clock);
            var won = new List<long>();
            while (true)
            {
                var current = (await racerStore.FindAsync("BK-RACE10"))!;
                if (current.Version >= FinalVersion)
                {
                    return won;
                }

                var next = current with { Version = current.Version + 1, Reason = $"racer {racer}" };
                var entry = new AuditEntry
                {
                    At = Start,
                    ActorId = $"racer-{racer}",
                    ActorName = $"Racer {racer}",
                    Action = "bulk.progress_card_updated",
                    After = next.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                var message = new OutboxMessage { Kind = "bulk.status", Payload = "{}", IdempotencyKey = $"BK-RACE10/v{next.Version}/racer-{racer}" };
                if (await racerStore.UpdateAsync(next, current.Version, [entry], [message]))
                {
                    won.Add(next.Version);
                }
            }
        });

        var allWins = wins.SelectMany(w => w).Order().ToList();
        Assert.Equal(Enumerable.Range(2, (int)FinalVersion - 1).Select(v => (long)v), allWins);
        var audit = await new SqliteAuditLog(_factory!).ListForRequestAsync("BK-RACE10");
        Assert.Equal(allWins.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)), audit.Skip(1).Select(a => a.After));
        Assert.Equal(FinalVersion - 1, await new SqliteOutbox(_factory!, _clock).CountPendingAsync());
        var stored = await store.FindAsync("BK-RACE10");
        Assert.Equal(FinalVersion, stored!.Version);
        Assert.Equal(wins[0].Contains(FinalVersion) ? "racer 0" : "racer 1", stored.Reason);
    }

    private async Task BreakAuditLogAsync()
    {
        await using var connection = await _factory!.OpenAsync();
        await connection.ExecuteAsync("""
            CREATE TRIGGER test_audit_unavailable BEFORE INSERT ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END;
            """);
    }

    private async Task<SqliteBulkRunStore> CreateStoreAsync()
    {
        _factory = await _database.CreateMigratedAsync();
        return new SqliteBulkRunStore(_factory, _clock);
    }
}
