using BotAlias.Core.Addresses;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Tests;

public sealed class SqliteAliasRequestStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 6, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();
    private readonly ManualTimeProvider _clock = new(Start);
    private SqliteConnectionFactory? _factory;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_created_request_is_found_with_every_field_and_its_creation_is_audited()
    {
        var store = await CreateStoreAsync();
        var request = SampleRequests.New("AR-7K2M9Q", "Alex.Wilber@contoso.com", Start) with
        {
            TargetId = "00000000-0000-0000-0000-00000000beef",
            TargetName = "Sales team mailbox",
            Reason = AliasReason.RoleAddress,
            ReasonText = "Customers still write to the old sales address",
            Approver = new ApproverRoute(ApproverKind.ApproversGroup, "approvers-group-id", "Mail approvers"),
            UpdatedAt = Start.AddSeconds(1),
            DecidedById = "decider",
            DecidedByName = "Decider Name",
            DecisionComment = "fine",
            FailureReason = "none yet",
            RequesterConversationId = "a:personal-alex",
            StatusActivityId = "status-1",
            ApprovalConversationId = "a:personal-manager",
            ApprovalActivityId = "approval-1",
            SourceActivityKey = "a:personal-alex|activity-1",
            OriginConversationId = "19:general@thread.tacv2;messageid=1",
            Kind = AliasRequestKind.Remove,
        };

        var result = await store.CreateAsync(request, SampleRequests.Created(request));

        Assert.Equal(CreateRequestOutcome.Created, result.Outcome);
        var found = await store.FindAsync("AR-7K2M9Q");
        Assert.Equal(request, found);
        Assert.Equal("Alex.Wilber@contoso.com", found!.Address.Value);
        var audit = Assert.Single(await new SqliteAuditLog(_factory!).ListForRequestAsync("AR-7K2M9Q"));
        Assert.Equal("request.created", audit.Action);
        Assert.Equal(request.RequesterId, audit.ActorId);
    }

    [Fact]
    public async Task Pending_requests_are_listed_oldest_first_and_decided_ones_are_not()
    {
        var store = await CreateStoreAsync();
        var older = SampleRequests.New("AR-PEND01", "one@contoso.com", Start);
        var newer = SampleRequests.New("AR-PEND02", "two@contoso.com", Start.AddMinutes(5));
        var decided = SampleRequests.New("AR-DONE01", "three@contoso.com", Start) with { State = RequestState.Rejected };
        foreach (var request in new[] { newer, decided, older })
        {
            await store.CreateAsync(request, SampleRequests.Created(request));
        }

        var pending = await store.ListPendingAsync(10);

        Assert.Equal(["AR-PEND01", "AR-PEND02"], pending.Select(r => r.Id));
    }

    [Fact]
    public async Task An_unknown_request_is_not_found()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.FindAsync("AR-000000"));
        Assert.Null(await store.FindOpenByAddressAsync(EmailAddress.Parse("nobody@contoso.com")));
    }

    [Fact]
    public async Task Of_twenty_requests_racing_for_one_address_in_different_cases_exactly_one_is_created()
    {
        await CreateStoreAsync();
        const int Racers = 20;

        var results = await ThreadRace.RunAsync(Racers, racer =>
        {
            var racerStore = new SqliteAliasRequestStore(_database.CreateConnectionFactory(), _clock);
            var address = racer % 2 == 0 ? "sales@contoso.com" : "SALES@Contoso.com";
            var request = SampleRequests.New($"AR-RACE{racer:D2}", address, Start, requesterId: $"requester-{racer}");
            return racerStore.CreateAsync(request, SampleRequests.Created(request));
        });

        var winner = Assert.Single(results, r => r.Outcome == CreateRequestOutcome.Created);
        Assert.Equal(Racers - 1, results.Count(r => r.Outcome == CreateRequestOutcome.AddressReserved));
        Assert.All(
            results.Where(r => r.Outcome == CreateRequestOutcome.AddressReserved),
            loser => Assert.Equal(winner.Request.Id, loser.Request.Id));
        var store = new SqliteAliasRequestStore(_factory!, _clock);
        Assert.Equal(winner.Request.Id, (await store.FindOpenByAddressAsync(EmailAddress.Parse("Sales@contoso.com")))?.Id);
        await using var connection = await _factory!.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM alias_requests;"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log;"));
    }

    [Theory]
    [InlineData(RequestState.PendingApproval)]
    [InlineData(RequestState.Approved)]
    [InlineData(RequestState.Provisioning)]
    [InlineData(RequestState.Completed)]
    [InlineData(RequestState.Failed)]
    [InlineData(RequestState.Rejected)]
    [InlineData(RequestState.Cancelled)]
    public async Task An_address_is_reserved_exactly_while_its_request_is_open(RequestState state)
    {
        var store = await CreateStoreAsync();
        var earlier = SampleRequests.New("AR-EARLY1", "role@contoso.com", Start) with { State = state };
        await store.CreateAsync(earlier, SampleRequests.Created(earlier));

        var later = SampleRequests.New("AR-LATER1", "Role@Contoso.com", Start.AddDays(1), requesterId: SampleRequests.Megan);
        var result = await store.CreateAsync(later, SampleRequests.Created(later));

        if (RequestStateMachine.IsOpen(state))
        {
            Assert.Equal(CreateRequestOutcome.AddressReserved, result.Outcome);
            Assert.Equal("AR-EARLY1", result.Request.Id);
            Assert.Null(await store.FindAsync("AR-LATER1"));
        }
        else
        {
            Assert.Equal(CreateRequestOutcome.Created, result.Outcome);
            Assert.Equal("AR-LATER1", (await store.FindOpenByAddressAsync(EmailAddress.Parse("role@contoso.com")))?.Id);
        }
    }

    [Fact]
    public async Task Rejecting_a_request_frees_its_address_for_a_new_request()
    {
        var store = await CreateStoreAsync();
        var first = SampleRequests.New("AR-FIRST1", "info@contoso.com", Start);
        await store.CreateAsync(first, SampleRequests.Created(first));
        var rejected = first.Fire(RequestTrigger.Reject, Start.AddHours(1)) with { DecisionComment = "Use the shared mailbox" };
        Assert.True(await store.UpdateAsync(rejected, expectedVersion: 1, SampleRequests.Changed(first, rejected, "request.rejected"), enqueue: null));

        Assert.Null(await store.FindOpenByAddressAsync(EmailAddress.Parse("info@contoso.com")));
        var second = SampleRequests.New("AR-SECND1", "info@contoso.com", Start.AddHours(2), requesterId: SampleRequests.Megan);
        var result = await store.CreateAsync(second, SampleRequests.Created(second));

        Assert.Equal(CreateRequestOutcome.Created, result.Outcome);
        Assert.Equal("AR-SECND1", (await store.FindOpenByAddressAsync(EmailAddress.Parse("INFO@contoso.com")))?.Id);
    }

    [Fact]
    public async Task A_redelivered_activity_returns_the_request_it_created_and_creates_nothing()
    {
        var store = await CreateStoreAsync();
        var first = SampleRequests.New("AR-ORIG01", "alex.w@contoso.com", Start) with { SourceActivityKey = "conv-1|act-1" };
        await store.CreateAsync(first, SampleRequests.Created(first));

        // The redelivery gets a fresh id from the handler; the activity key is what identifies it.
        var redelivered = first with { Id = "AR-AGAIN1" };
        var result = await store.CreateAsync(redelivered, SampleRequests.Created(redelivered));

        Assert.Equal(CreateRequestOutcome.DuplicateActivity, result.Outcome);
        Assert.Equal(first, result.Request);
        Assert.Null(await store.FindAsync("AR-AGAIN1"));
        Assert.Single(await new SqliteAuditLog(_factory!).ListForAddressAsync(first.Address));
    }

    [Fact]
    public async Task A_redelivery_racing_the_original_creates_one_request()
    {
        await CreateStoreAsync();

        var results = await ThreadRace.RunAsync(8, racer =>
        {
            var racerStore = new SqliteAliasRequestStore(_database.CreateConnectionFactory(), _clock);
            var request = SampleRequests.New($"AR-DUP{racer:D3}", "twice@contoso.com", Start) with { SourceActivityKey = "conv-1|act-7" };
            return racerStore.CreateAsync(request, SampleRequests.Created(request));
        });

        var created = Assert.Single(results, r => r.Outcome == CreateRequestOutcome.Created);
        Assert.All(results.Where(r => r != created), r =>
        {
            Assert.Equal(CreateRequestOutcome.DuplicateActivity, r.Outcome);
            Assert.Equal(created.Request.Id, r.Request.Id);
        });
    }

    [Fact]
    public async Task Of_two_decisions_on_the_same_version_exactly_one_is_stored_with_one_audit_entry_and_one_message()
    {
        var store = await CreateStoreAsync();
        for (var round = 0; round < 10; round++)
        {
            var request = SampleRequests.New($"AR-DEC{round:D3}", $"decide{round}@contoso.com", Start);
            await store.CreateAsync(request, SampleRequests.Created(request));

            var results = await ThreadRace.RunAsync(2, racer =>
            {
                var racerStore = new SqliteAliasRequestStore(_database.CreateConnectionFactory(), _clock);
                var (trigger, action) = racer == 0 ? (RequestTrigger.Approve, "request.approved") : (RequestTrigger.Reject, "request.rejected");
                var decided = request.Fire(trigger, Start.AddMinutes(5)) with { DecidedById = $"approver-{racer}" };
                var message = new OutboxMessage { Kind = "provision", Payload = $"{{\"request\":\"{request.Id}\"}}", IdempotencyKey = $"{request.Id}/{action}" };
                return racerStore.UpdateAsync(decided, expectedVersion: 1, SampleRequests.Changed(request, decided, action), message);
            });

            Assert.Single(results, won => won);
            var stored = await store.FindAsync(request.Id);
            Assert.Equal(2, stored!.Version);
            var winner = results[0] ? "approver-0" : "approver-1";
            Assert.Equal(winner, stored.DecidedById);
            Assert.Equal(results[0] ? RequestState.Approved : RequestState.Rejected, stored.State);
            var audit = await new SqliteAuditLog(_factory!).ListForRequestAsync(request.Id);
            Assert.Equal(["request.created", results[0] ? "request.approved" : "request.rejected"], audit.Select(a => a.Action));
            await using var connection = await _factory!.OpenAsync();
            Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE @prefix;",
                new { prefix = request.Id + "/%" }));
        }
    }

    [Fact]
    public async Task An_update_from_a_stale_version_returns_false_and_writes_nothing()
    {
        var store = await CreateStoreAsync();
        var request = SampleRequests.New("AR-STALE1", "stale@contoso.com", Start);
        await store.CreateAsync(request, SampleRequests.Created(request));
        var cancelled = request.Fire(RequestTrigger.Cancel, Start.AddMinutes(1));
        Assert.True(await store.UpdateAsync(cancelled, 1, SampleRequests.Changed(request, cancelled, "request.cancelled"), enqueue: null));

        // A stale approval card: the approver read version 1, the request is now at 2.
        var lateApproval = request.Fire(RequestTrigger.Approve, Start.AddMinutes(2));
        var message = new OutboxMessage { Kind = "provision", Payload = "{}", IdempotencyKey = "AR-STALE1/provision" };
        var stored = await store.UpdateAsync(lateApproval, 1, SampleRequests.Changed(request, lateApproval, "request.approved"), message);

        Assert.False(stored);
        Assert.Equal(RequestState.Cancelled, (await store.FindAsync("AR-STALE1"))?.State);
        Assert.Equal(2, (await new SqliteAuditLog(_factory!).ListForRequestAsync("AR-STALE1")).Count);
        Assert.Equal(0, await new SqliteOutbox(_factory!, _clock).CountPendingAsync());
    }

    [Fact]
    public async Task An_update_of_an_unknown_request_returns_false()
    {
        var store = await CreateStoreAsync();
        var never = SampleRequests.New("AR-NEVER1", "never@contoso.com", Start) with { Version = 2 };

        Assert.False(await store.UpdateAsync(never, 1, audit: null, enqueue: null));
        Assert.Null(await store.FindAsync("AR-NEVER1"));
    }

    [Fact]
    public async Task An_update_stores_the_request_its_audit_entry_and_its_message_together()
    {
        var store = await CreateStoreAsync();
        var request = SampleRequests.New("AR-WRITE1", "together@contoso.com", Start);
        await store.CreateAsync(request, SampleRequests.Created(request));
        _clock.Advance(TimeSpan.FromMinutes(3));
        var approved = request.Fire(RequestTrigger.Approve, _clock.GetUtcNow()) with
        {
            DecidedById = SampleRequests.Manager,
            DecidedByName = "Miriam Graham",
            ApprovalActivityId = "approval-activity",
        };
        var message = new OutboxMessage { Kind = "provision", Payload = "{\"request\":\"AR-WRITE1\"}", IdempotencyKey = "AR-WRITE1/provision" };

        Assert.True(await store.UpdateAsync(approved, 1, SampleRequests.Changed(request, approved, "request.approved"), message));

        Assert.Equal(approved, await store.FindAsync("AR-WRITE1"));
        var audit = (await new SqliteAuditLog(_factory!).ListForRequestAsync("AR-WRITE1")).Select(a => a.Action);
        Assert.Equal(["request.created", "request.approved"], audit);
        var lease = await new SqliteOutbox(_factory!, _clock).LeaseNextAsync(TimeSpan.FromMinutes(1));
        Assert.Equal("provision", lease?.Kind);
        Assert.Equal("{\"request\":\"AR-WRITE1\"}", lease?.Payload);
    }

    [Fact]
    public async Task When_the_outbox_insert_fails_the_update_and_its_audit_entry_are_not_written()
    {
        var store = await CreateStoreAsync();
        var request = SampleRequests.New("AR-ATOM01", "atomic@contoso.com", Start);
        await store.CreateAsync(request, SampleRequests.Created(request));
        await using (var connection = await _factory!.OpenAsync())
        {
            await connection.ExecuteAsync("""
                CREATE TRIGGER test_outbox_unavailable BEFORE INSERT ON outbox
                BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END;
                """);
        }

        var approved = request.Fire(RequestTrigger.Approve, Start.AddMinutes(1));
        var message = new OutboxMessage { Kind = "provision", Payload = "{}", IdempotencyKey = "AR-ATOM01/provision" };
        var exception = await Assert.ThrowsAsync<SqliteException>(
            () => store.UpdateAsync(approved, 1, SampleRequests.Changed(request, approved, "request.approved"), message));

        Assert.Contains("outbox unavailable", exception.Message, StringComparison.Ordinal);
        var stored = await store.FindAsync("AR-ATOM01");
        Assert.Equal(RequestState.PendingApproval, stored?.State);
        Assert.Equal(1, stored?.Version);
        Assert.Equal(["request.created"], (await new SqliteAuditLog(_factory!).ListForRequestAsync("AR-ATOM01")).Select(a => a.Action));
    }

    [Fact]
    public async Task An_update_whose_message_was_already_queued_still_succeeds_and_queues_it_once()
    {
        var store = await CreateStoreAsync();
        var outbox = new SqliteOutbox(_factory!, _clock);
        var request = SampleRequests.New("AR-ONCE01", "once@contoso.com", Start) with { State = RequestState.Approved };
        await store.CreateAsync(request, SampleRequests.Created(request));
        var message = new OutboxMessage { Kind = "provision", Payload = "{}", IdempotencyKey = "AR-ONCE01/provision" };
        Assert.True(await outbox.EnqueueAsync(message));

        var provisioning = request.Fire(RequestTrigger.StartProvisioning, Start.AddMinutes(1));
        Assert.True(await store.UpdateAsync(provisioning, 1, audit: null, message));

        Assert.Equal(RequestState.Provisioning, (await store.FindAsync("AR-ONCE01"))?.State);
        Assert.Equal(1, await outbox.CountPendingAsync());
    }

    [Fact]
    public async Task An_update_must_write_the_version_after_the_expected_one()
    {
        var store = await CreateStoreAsync();
        var request = SampleRequests.New("AR-VERS01", "version@contoso.com", Start);
        await store.CreateAsync(request, SampleRequests.Created(request));

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            () => store.UpdateAsync(request with { State = RequestState.Approved }, 1, audit: null, enqueue: null));

        Assert.Contains("must write version 2", exception.Message, StringComparison.Ordinal);
        Assert.Equal(RequestState.PendingApproval, (await store.FindAsync("AR-VERS01"))?.State);
    }

    [Fact]
    public async Task An_update_cannot_move_the_request_to_another_address()
    {
        var store = await CreateStoreAsync();
        var request = SampleRequests.New("AR-MOVE01", "first@contoso.com", Start);
        await store.CreateAsync(request, SampleRequests.Created(request));
        var moved = request.Fire(RequestTrigger.Approve, Start.AddMinutes(1)) with { Address = EmailAddress.Parse("other@contoso.com") };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.UpdateAsync(moved, 1, audit: null, enqueue: null));

        Assert.Contains("cannot change its Address", exception.Message, StringComparison.Ordinal);
        Assert.Equal("AR-MOVE01", (await store.FindOpenByAddressAsync(EmailAddress.Parse("first@contoso.com")))?.Id);
        Assert.Null(await store.FindOpenByAddressAsync(EmailAddress.Parse("other@contoso.com")));
    }

    [Fact]
    public async Task An_audit_entry_for_another_request_is_refused()
    {
        var store = await CreateStoreAsync();
        var request = SampleRequests.New("AR-MINE01", "mine@contoso.com", Start);

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            () => store.CreateAsync(request, SampleRequests.Created(request) with { RequestId = "AR-OTHER1" }));

        Assert.Contains("for request AR-OTHER1, not request AR-MINE01", exception.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindAsync("AR-MINE01"));
    }

    [Fact]
    public async Task A_request_without_a_requester_is_refused_with_the_field_named()
    {
        var store = await CreateStoreAsync();
        var request = SampleRequests.New("AR-EMPTY1", "empty@contoso.com", Start) with { RequesterId = " " };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(request, SampleRequests.Created(request)));

        Assert.Contains("needs its RequesterId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_second_request_with_a_taken_id_writes_nothing_and_says_the_id_is_taken()
    {
        var store = await CreateStoreAsync();
        var first = SampleRequests.New("AR-SAME01", "one@contoso.com", Start);
        await store.CreateAsync(first, SampleRequests.Created(first));
        var second = SampleRequests.New("AR-SAME01", "two@contoso.com", Start);

        var result = await store.CreateAsync(second, SampleRequests.Created(second));

        Assert.Equal(CreateRequestOutcome.IdTaken, result.Outcome);
        Assert.Equal(first.Address, result.Request.Address);
        Assert.Null(await store.FindOpenByAddressAsync(EmailAddress.Parse("two@contoso.com")));
    }

    [Fact]
    public async Task A_requesters_requests_are_listed_newest_first_up_to_the_limit()
    {
        var store = await CreateStoreAsync();
        for (var day = 0; day < 4; day++)
        {
            var own = SampleRequests.New($"AR-ALEX0{day}", $"alex{day}@contoso.com", Start.AddDays(day));
            await store.CreateAsync(own, SampleRequests.Created(own));
        }

        var other = SampleRequests.New("AR-MEGAN1", "megan@contoso.com", Start.AddDays(10), requesterId: SampleRequests.Megan);
        await store.CreateAsync(other, SampleRequests.Created(other));

        var listed = await store.ListByRequesterAsync(SampleRequests.Alex.ToUpperInvariant(), limit: 3);

        Assert.Equal(["AR-ALEX03", "AR-ALEX02", "AR-ALEX01"], listed.Select(r => r.Id));
        Assert.Empty(await store.ListByRequesterAsync("someone-else", limit: 3));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListByRequesterAsync(SampleRequests.Alex, limit: 0));
    }

    [Fact]
    public async Task Looking_up_the_open_request_for_an_address_uses_the_reservation_index()
    {
        await CreateStoreAsync();
        await using var connection = await _factory!.OpenAsync();

        var plan = string.Join(" | ", (await connection.QueryAsync("""
            EXPLAIN QUERY PLAN
            SELECT id FROM alias_requests
            WHERE address_key = 'a@b.com' AND state IN ('PendingApproval', 'Approved', 'Provisioning');
            """)).Select(row => (string)row.detail));

        Assert.Contains("ux_alias_requests_open_address", plan, StringComparison.Ordinal);
    }

    private async Task<SqliteAliasRequestStore> CreateStoreAsync()
    {
        _factory = await _database.CreateMigratedAsync();
        return new SqliteAliasRequestStore(_factory, _clock);
    }
}
