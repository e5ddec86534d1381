using BotAlias.Core.Administration;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Offboarding.Plans;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using BotAlias.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Tests;

public sealed class SqliteOffboardingRequestStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDatabase _database = new();
    private readonly ManualTimeProvider _clock = new(Start);
    private SqliteConnectionFactory? _factory;

    public void Dispose() => _database.Dispose();

    public static TheoryData<OffboardingRequestState> AllStates() => new(Enum.GetValues<OffboardingRequestState>());

    [Fact]
    public async Task A_created_request_is_found_with_every_field_its_options_and_its_plan_state()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-7K2M9Q", Start) with
        {
            Kind = OffboardingRequestKind.Reversal,
            ReversesRequestId = "OB-EARLY1",
            Options = new OffboardingOptions
            {
                LeaverId = SampleOffboardings.Leaver,
                ColleagueId = SampleOffboardings.Colleague,
                RunAt = new DateTimeOffset(2025, 9, 30, 17, 0, 0, TimeSpan.FromHours(2)),
                MoveAddressesToColleague = false,
                ColleagueAccess = MailboxAccess.FullAccess | MailboxAccess.SendAs,
                Forwarding = ForwardingChoice.ExternalAddress,
                ExternalForwardingAddress = "lee@fabrikam.example",
                SetAutomaticReply = true,
                AutomaticReplyText = "Lee has left; please write to Christie.",
                HideFromAddressBook = true,
                ConvertToShared = true,
                DisableSignIn = false,
                RemoveLicenses = true,
            },
            State = OffboardingRequestState.Stopped,
            Plan = SampleOffboardings.StoppedPlan(Start.AddMinutes(1)),
            Version = 4,
            UpdatedAt = Start.AddMinutes(2),
            DecidedById = SampleOffboardings.Approver,
            DecidedByName = "Miriam Graham",
            FailureReason = "Exchange did not answer in time.",
            RequesterConversationId = "a:personal-adele",
            StatusActivityId = "status-1",
            ApprovalConversationId = "a:personal-miriam",
            ApprovalActivityId = "approval-1",
            SourceActivityKey = "a:personal-adele|activity-1",
        };
        var message = new OutboxMessage { Kind = "offboarding.notify", Payload = "{\"request\":\"OB-7K2M9Q\"}", IdempotencyKey = "OB-7K2M9Q/notify" };

        var (returned, created) = await store.CreateAsync(request, SampleOffboardings.Created(request), [message]);

        Assert.True(created);
        Assert.Same(request, returned);
        var found = await store.FindAsync("OB-7K2M9Q");
        Assert.NotNull(found);
        // The plan's lists compare by reference, so the plan is compared as the JSON it is stored as.
        Assert.Equal(request with { Plan = null }, found with { Plan = null });
        Assert.Equal(OffboardingJson.Serialize(request.Plan!), OffboardingJson.Serialize(found.Plan!));
        Assert.Equal(OffboardingPlanStatus.Stopped, found.Plan!.Status);
        Assert.Equal(1, found.Plan.FailedStepIndex);
        var move = Assert.IsType<MoveAddressStep>(found.Plan.Plan.Steps[1]);
        Assert.Equal("Lee.Gu@contoso.com", move.Address.Value);
        Assert.Equal(MailboxAccess.FullAccess | MailboxAccess.SendAs, Assert.IsType<SetMailboxAccessStep>(found.Plan.Plan.Steps[2]).Access);
        Assert.Equal("contact-1", found.Plan.Results[1].CreatedContactId);
        Assert.Equal(TimeSpan.FromHours(2), found.Options.RunAt?.Offset);

        var audit = Assert.Single(await new SqliteAuditLog(_factory!).ListForRequestAsync("OB-7K2M9Q"));
        Assert.Equal("offboarding.requested", audit.Action);
        Assert.Equal(SampleOffboardings.Admin, audit.ActorId);
        var lease = await new SqliteOutbox(_factory!, _clock).LeaseNextAsync(TimeSpan.FromMinutes(1));
        Assert.Equal("offboarding.notify", lease?.Kind);
        Assert.Equal("{\"request\":\"OB-7K2M9Q\"}", lease?.Payload);
    }

    [Fact]
    public async Task A_request_not_yet_planned_comes_back_without_a_plan()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-NOPLAN", Start, colleagueId: null);
        await store.CreateAsync(request, SampleOffboardings.Created(request), []);

        var found = await store.FindAsync("OB-NOPLAN");

        Assert.Equal(request, found);
        Assert.Null(found!.Plan);
        Assert.Null(found.Options.ColleagueId);
    }

    [Fact]
    public async Task An_unknown_request_is_not_found()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.FindAsync("OB-000000"));
        Assert.Empty(await store.FindOpenInvolvingAsync(SampleOffboardings.Leaver));
    }

    [Fact]
    public async Task A_redelivered_submit_returns_the_request_it_created_and_writes_nothing()
    {
        var store = await CreateStoreAsync();
        var original = SampleOffboardings.New("OB-FIRST1", Start) with { SourceActivityKey = "a:chat|activity-9" };
        var firstMessage = new OutboxMessage { Kind = "offboarding.approval", Payload = "{}", IdempotencyKey = "OB-FIRST1/approval" };
        Assert.True((await store.CreateAsync(original, SampleOffboardings.Created(original), [firstMessage])).Created);

        var redelivery = SampleOffboardings.New("OB-AGAIN1", Start.AddSeconds(5)) with { SourceActivityKey = "a:chat|activity-9" };
        var secondMessage = new OutboxMessage { Kind = "offboarding.approval", Payload = "{}", IdempotencyKey = "OB-AGAIN1/approval" };
        var (returned, created) = await store.CreateAsync(redelivery, SampleOffboardings.Created(redelivery), [secondMessage]);

        Assert.False(created);
        Assert.Equal(original, returned);
        Assert.Null(await store.FindAsync("OB-AGAIN1"));
        Assert.Empty(await new SqliteAuditLog(_factory!).ListForRequestAsync("OB-AGAIN1"));
        Assert.Single(await new SqliteAuditLog(_factory!).ListForRequestAsync("OB-FIRST1"));
        Assert.Equal(1, await new SqliteOutbox(_factory!, _clock).CountPendingAsync());
    }

    [Fact]
    public async Task A_redelivery_racing_the_original_creates_one_request()
    {
        await CreateStoreAsync();

        var results = await ThreadRace.RunAsync(8, racer =>
        {
            var racerStore = new SqliteOffboardingRequestStore(_database.CreateConnectionFactory(), _clock);
            var request = SampleOffboardings.New($"OB-RACE0{racer}", Start) with { SourceActivityKey = "a:chat|activity-race" };
            return racerStore.CreateAsync(request, SampleOffboardings.Created(request), []);
        });

        var winner = Assert.Single(results, r => r.Created);
        Assert.All(results, r => Assert.Equal(winner.Request.Id, r.Request.Id));
        await using var connection = await _factory!.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM offboarding_requests;"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_log;"));
    }

    [Fact]
    public async Task Creating_a_second_request_with_a_taken_id_is_refused_clearly()
    {
        var store = await CreateStoreAsync();
        var first = SampleOffboardings.New("OB-SAME01", Start);
        await store.CreateAsync(first, SampleOffboardings.Created(first), []);

        var second = SampleOffboardings.New("OB-SAME01", Start.AddMinutes(1), leaverId: "someone-else");
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(second, SampleOffboardings.Created(second), []));

        Assert.Contains("OB-SAME01 already exists", exception.Message, StringComparison.Ordinal);
        Assert.Single(await new SqliteAuditLog(_factory!).ListForRequestAsync("OB-SAME01"));
    }

    [Fact]
    public async Task Of_two_decisions_on_the_same_version_exactly_one_is_stored_with_its_audit_entry_and_message()
    {
        var store = await CreateStoreAsync();
        for (var round = 0; round < 10; round++)
        {
            var request = SampleOffboardings.New($"OB-DEC{round:D3}", Start);
            await store.CreateAsync(request, SampleOffboardings.Created(request), []);

            var results = await ThreadRace.RunAsync(2, racer =>
            {
                var racerStore = new SqliteOffboardingRequestStore(_database.CreateConnectionFactory(), _clock);
                var (trigger, action) = racer == 0
                    ? (OffboardingRequestTrigger.Approve, "offboarding.approved")
                    : (OffboardingRequestTrigger.Reject, "offboarding.rejected");
                var decided = request.Fire(trigger, Start.AddMinutes(5)) with { DecidedById = $"approver-{racer}" };
                var message = new OutboxMessage { Kind = "offboarding.status", Payload = "{}", IdempotencyKey = $"{request.Id}/{action}" };
                return racerStore.UpdateAsync(decided, expectedVersion: 1, [SampleOffboardings.Changed(request, decided, action)], [message]);
            });

            Assert.Single(results, won => won);
            var stored = await store.FindAsync(request.Id);
            Assert.Equal(2, stored!.Version);
            Assert.Equal(results[0] ? "approver-0" : "approver-1", stored.DecidedById);
            Assert.Equal(results[0] ? OffboardingRequestState.Approved : OffboardingRequestState.Rejected, stored.State);
            var audit = await new SqliteAuditLog(_factory!).ListForRequestAsync(request.Id);
            Assert.Equal(["offboarding.requested", results[0] ? "offboarding.approved" : "offboarding.rejected"], audit.Select(a => a.Action));
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
        var request = SampleOffboardings.New("OB-STALE1", Start);
        await store.CreateAsync(request, SampleOffboardings.Created(request), []);
        var cancelled = request.Fire(OffboardingRequestTrigger.Cancel, Start.AddMinutes(1));
        Assert.True(await store.UpdateAsync(cancelled, 1, [SampleOffboardings.Changed(request, cancelled, "offboarding.cancelled")], []));

        // A stale approval card: the approver read version 1, the request is now at 2.
        var lateApproval = request.Fire(OffboardingRequestTrigger.Approve, Start.AddMinutes(2));
        var message = new OutboxMessage { Kind = "offboarding.run", Payload = "{}", IdempotencyKey = "OB-STALE1/run" };
        var stored = await store.UpdateAsync(lateApproval, 1, [SampleOffboardings.Changed(request, lateApproval, "offboarding.approved")], [message]);

        Assert.False(stored);
        var found = await store.FindAsync("OB-STALE1");
        Assert.Equal(OffboardingRequestState.Cancelled, found?.State);
        Assert.Equal(2, found?.Version);
        Assert.Equal(
            ["offboarding.requested", "offboarding.cancelled"],
            (await new SqliteAuditLog(_factory!).ListForRequestAsync("OB-STALE1")).Select(a => a.Action));
        Assert.Equal(0, await new SqliteOutbox(_factory!, _clock).CountPendingAsync());
    }

    [Fact]
    public async Task An_update_of_an_unknown_request_returns_false()
    {
        var store = await CreateStoreAsync();
        var never = SampleOffboardings.New("OB-NEVER1", Start) with { Version = 2 };

        Assert.False(await store.UpdateAsync(never, 1, [], []));
        Assert.Null(await store.FindAsync("OB-NEVER1"));
    }

    [Fact]
    public async Task A_step_result_is_stored_with_all_its_audit_entries_and_messages_together()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-WRITE1", Start) with { State = OffboardingRequestState.Approved };
        await store.CreateAsync(request, SampleOffboardings.Created(request), []);
        _clock.Advance(TimeSpan.FromMinutes(3));
        var running = request.Fire(OffboardingRequestTrigger.Start, _clock.GetUtcNow()) with
        {
            Plan = SampleOffboardings.StoppedPlan(_clock.GetUtcNow()),
            StatusActivityId = "status-activity",
        };
        var stepAudit = SampleOffboardings.Changed(request, running, "offboarding.account_enabled") with { RequestId = null, Details = "sign-in blocked" };
        var startAudit = SampleOffboardings.Changed(request, running, "offboarding.started");
        OutboxMessage[] messages =
        [
            new() { Kind = "offboarding.status", Payload = "{\"step\":0}", IdempotencyKey = "OB-WRITE1/status/0" },
            new() { Kind = "offboarding.alert", Payload = "{\"step\":1}", IdempotencyKey = "OB-WRITE1/alert/1", NotBefore = Start.AddHours(1) },
        ];

        Assert.True(await store.UpdateAsync(running, 1, [startAudit, stepAudit], messages));

        var found = await store.FindAsync("OB-WRITE1");
        Assert.Equal(running with { Plan = null }, found! with { Plan = null });
        Assert.Equal(OffboardingJson.Serialize(running.Plan!), OffboardingJson.Serialize(found.Plan!));
        var audit = await new SqliteAuditLog(_factory!).ListForRequestAsync("OB-WRITE1");
        Assert.Equal(["offboarding.requested", "offboarding.started", "offboarding.account_enabled"], audit.Select(a => a.Action));
        Assert.Equal("sign-in blocked", audit[2].Details);
        Assert.Equal(2, await new SqliteOutbox(_factory!, _clock).CountPendingAsync());
        var lease = await new SqliteOutbox(_factory!, _clock).LeaseNextAsync(TimeSpan.FromMinutes(1));
        Assert.Equal("offboarding.status", lease?.Kind);
    }

    [Fact]
    public async Task When_the_outbox_insert_fails_the_update_and_its_audit_entries_are_not_written()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-ATOM01", Start);
        await store.CreateAsync(request, SampleOffboardings.Created(request), []);
        await using (var connection = await _factory!.OpenAsync())
        {
            await connection.ExecuteAsync("""
                CREATE TRIGGER test_outbox_unavailable BEFORE INSERT ON outbox
                BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END;
                """);
        }

        var approved = request.Fire(OffboardingRequestTrigger.Approve, Start.AddMinutes(1));
        var message = new OutboxMessage { Kind = "offboarding.run", Payload = "{}", IdempotencyKey = "OB-ATOM01/run" };
        var exception = await Assert.ThrowsAsync<SqliteException>(
            () => store.UpdateAsync(approved, 1, [SampleOffboardings.Changed(request, approved, "offboarding.approved")], [message]));

        Assert.Contains("outbox unavailable", exception.Message, StringComparison.Ordinal);
        var stored = await store.FindAsync("OB-ATOM01");
        Assert.Equal(OffboardingRequestState.PendingApproval, stored?.State);
        Assert.Equal(1, stored?.Version);
        Assert.Equal(["offboarding.requested"], (await new SqliteAuditLog(_factory!).ListForRequestAsync("OB-ATOM01")).Select(a => a.Action));
    }

    [Fact]
    public async Task When_the_outbox_insert_fails_the_request_is_not_created()
    {
        var store = await CreateStoreAsync();
        await using (var connection = await _factory!.OpenAsync())
        {
            await connection.ExecuteAsync("""
                CREATE TRIGGER test_outbox_unavailable BEFORE INSERT ON outbox
                BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END;
                """);
        }

        var request = SampleOffboardings.New("OB-ATOM02", Start) with { SourceActivityKey = "a:chat|activity-atom" };
        var message = new OutboxMessage { Kind = "offboarding.approval", Payload = "{}", IdempotencyKey = "OB-ATOM02/approval" };
        await Assert.ThrowsAsync<SqliteException>(() => store.CreateAsync(request, SampleOffboardings.Created(request), [message]));

        Assert.Null(await store.FindAsync("OB-ATOM02"));
        Assert.Empty(await new SqliteAuditLog(_factory!).ListForRequestAsync("OB-ATOM02"));
    }

    [Fact]
    public async Task An_update_must_write_the_version_after_the_expected_one()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-VERS01", Start);
        await store.CreateAsync(request, SampleOffboardings.Created(request), []);

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            () => store.UpdateAsync(request with { State = OffboardingRequestState.Approved }, 1, [], []));

        Assert.Contains("must write version 2", exception.Message, StringComparison.Ordinal);
        Assert.Equal(OffboardingRequestState.PendingApproval, (await store.FindAsync("OB-VERS01"))?.State);
    }

    [Fact]
    public async Task An_update_cannot_move_the_request_to_another_leaver()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-LEAV01", Start);
        await store.CreateAsync(request, SampleOffboardings.Created(request), []);
        var approved = request.Fire(OffboardingRequestTrigger.Approve, Start.AddMinutes(1));
        var otherLeaver = approved with { Options = approved.Options with { LeaverId = "someone-else" } };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.UpdateAsync(otherLeaver, 1, [], []));

        Assert.Contains("cannot change its Options.LeaverId", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await store.FindAsync("OB-LEAV01"))?.Version);
        Assert.Single(await store.FindOpenInvolvingAsync(SampleOffboardings.Leaver));
    }

    [Fact]
    public async Task An_audit_entry_for_another_request_is_refused()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-AUDT01", Start);
        var foreign = SampleOffboardings.Created(request) with { RequestId = "OB-OTHER1" };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(request, foreign, []));

        Assert.Contains("for request OB-OTHER1, not request OB-AUDT01", exception.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindAsync("OB-AUDT01"));
    }

    [Fact]
    public async Task A_request_without_a_leaver_is_refused_with_the_field_named()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-NOLEAV", Start, leaverId: " ");

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(request, SampleOffboardings.Created(request), []));

        Assert.Contains("Options.LeaverId", exception.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindAsync("OB-NOLEAV"));
    }

    [Fact]
    public async Task A_reversal_that_does_not_say_what_it_undoes_is_refused()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-REV001", Start) with { Kind = OffboardingRequestKind.Reversal };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(request, SampleOffboardings.Created(request), []));

        Assert.Contains("ReversesRequestId", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_state_this_build_cannot_read_is_reported_with_the_request_named()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-BROKEN", Start) with { Plan = SampleOffboardings.StoppedPlan(Start) };
        await store.CreateAsync(request, SampleOffboardings.Created(request), []);
        await using (var connection = await _factory!.OpenAsync())
        {
            await connection.ExecuteAsync(
                "UPDATE offboarding_requests SET plan_state_json = '{\"plan\":{\"steps\":[{\"step\":\"teleport\"}]}}' WHERE id = 'OB-BROKEN';");
        }

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => store.FindAsync("OB-BROKEN"));

        Assert.Contains("OB-BROKEN", exception.Message, StringComparison.Ordinal);
        Assert.Contains("plan_state_json", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllStates))]
    public async Task A_request_blocks_its_leaver_and_colleague_exactly_while_it_is_open(OffboardingRequestState state)
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-STATE1", Start) with { State = state };
        await store.CreateAsync(request, SampleOffboardings.Created(request), []);

        // Directory ids reach us in either case.
        var asLeaver = await store.FindOpenInvolvingAsync(SampleOffboardings.Leaver.ToUpperInvariant());
        var asColleague = await store.FindOpenInvolvingAsync(SampleOffboardings.Colleague);

        if (OffboardingRequestStateMachine.IsOpen(state))
        {
            var expected = new OpenOffboardingRequest("OB-STATE1", SampleOffboardings.Leaver, "Lee Gu", SampleOffboardings.Colleague, "Christie Cline");
            Assert.Equal(expected, Assert.Single(asLeaver));
            Assert.Equal(expected, Assert.Single(asColleague));
        }
        else
        {
            Assert.Empty(asLeaver);
            Assert.Empty(asColleague);
        }
    }

    [Fact]
    public async Task Open_requests_involving_a_user_are_those_where_they_leave_or_take_over_oldest_first()
    {
        var store = await CreateStoreAsync();
        const string Megan = SampleRequests.Megan;
        var meganLeaves = SampleOffboardings.New("OB-MEG001", Start.AddMinutes(10), leaverId: Megan);
        var meganTakesOver = SampleOffboardings.New("OB-MEG002", Start, leaverId: "other-leaver", colleagueId: Megan);
        var unrelated = SampleOffboardings.New("OB-OTHER1", Start);
        var meganDone = SampleOffboardings.New("OB-MEG003", Start, leaverId: Megan) with { State = OffboardingRequestState.Completed };
        foreach (var request in new[] { meganLeaves, meganTakesOver, unrelated, meganDone })
        {
            await store.CreateAsync(request, SampleOffboardings.Created(request), []);
        }

        var open = await store.FindOpenInvolvingAsync(Megan);

        Assert.Equal(["OB-MEG002", "OB-MEG001"], open.Select(r => r.RequestId));
        Assert.Equal(Megan, open[1].LeaverId);
        Assert.Equal(Megan, open[0].ColleagueId);
    }

    [Fact]
    public async Task A_request_stops_blocking_its_people_once_it_completes()
    {
        var store = await CreateStoreAsync();
        var request = SampleOffboardings.New("OB-DONE01", Start) with { State = OffboardingRequestState.Running, Version = 3 };
        await store.CreateAsync(request, SampleOffboardings.Created(request), []);
        Assert.Single(await store.FindOpenInvolvingAsync(SampleOffboardings.Colleague));

        var completed = request.Fire(OffboardingRequestTrigger.Complete, Start.AddMinutes(4));
        Assert.True(await store.UpdateAsync(completed, 3, [SampleOffboardings.Changed(request, completed, "offboarding.completed")], []));

        Assert.Empty(await store.FindOpenInvolvingAsync(SampleOffboardings.Colleague));
        Assert.Empty(await store.FindOpenInvolvingAsync(SampleOffboardings.Leaver));
        Assert.Equal(["OB-DONE01"], (await store.ListCompletedForLeaverAsync(SampleOffboardings.Leaver, 10)).Select(r => r.Id));
    }

    [Fact]
    public async Task The_open_request_queries_use_the_open_indexes()
    {
        await CreateStoreAsync();
        await using var connection = await _factory!.OpenAsync();

        var plan = string.Join("\n", (await connection.QueryAsync(
            """
            EXPLAIN QUERY PLAN
            SELECT id FROM offboarding_requests WHERE leaver_id = 'x' AND state IN ('PendingApproval', 'Approved', 'Running', 'Stopped')
            UNION
            SELECT id FROM offboarding_requests WHERE colleague_id = 'x' AND state IN ('PendingApproval', 'Approved', 'Running', 'Stopped');
            """)).Select(row => (string)row.detail));

        Assert.Contains("USING INDEX ix_offboarding_requests_leaver", plan, StringComparison.Ordinal);
        Assert.Contains("USING INDEX ix_offboarding_requests_open_colleague", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN offboarding_requests", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completed_offboardings_of_a_leaver_are_listed_newest_first_up_to_the_limit()
    {
        var store = await CreateStoreAsync();
        OffboardingRequest[] requests =
        [
            SampleOffboardings.New("OB-COMP01", Start) with { State = OffboardingRequestState.Completed },
            SampleOffboardings.New("OB-COMP02", Start.AddDays(1)) with { State = OffboardingRequestState.Completed },
            SampleOffboardings.New("OB-COMP03", Start.AddDays(2)) with { State = OffboardingRequestState.Completed },
            SampleOffboardings.New("OB-STOP01", Start.AddDays(3)) with { State = OffboardingRequestState.Stopped },
            SampleOffboardings.New("OB-RVSD01", Start.AddDays(3)) with { State = OffboardingRequestState.Reversed },
            SampleOffboardings.New("OB-REVS01", Start.AddDays(4)) with
            {
                Kind = OffboardingRequestKind.Reversal,
                ReversesRequestId = "OB-RVSD01",
                State = OffboardingRequestState.Completed,
            },
            SampleOffboardings.New("OB-ELSE01", Start.AddDays(5), leaverId: "someone-else") with { State = OffboardingRequestState.Completed },
        ];
        foreach (var request in requests)
        {
            await store.CreateAsync(request, SampleOffboardings.Created(request), []);
        }

        Assert.Equal(["OB-COMP03", "OB-COMP02", "OB-COMP01"], (await store.ListCompletedForLeaverAsync(SampleOffboardings.Leaver.ToUpperInvariant(), 10)).Select(r => r.Id));
        Assert.Equal(["OB-COMP03", "OB-COMP02"], (await store.ListCompletedForLeaverAsync(SampleOffboardings.Leaver, 2)).Select(r => r.Id));
        Assert.Empty(await store.ListCompletedForLeaverAsync(SampleOffboardings.Colleague, 10));
    }

    [Fact]
    public async Task Pending_requests_are_listed_oldest_first_up_to_the_limit_and_decided_ones_are_not()
    {
        var store = await CreateStoreAsync();
        OffboardingRequest[] requests =
        [
            SampleOffboardings.New("OB-PEND02", Start.AddMinutes(5)),
            SampleOffboardings.New("OB-APPR01", Start) with { State = OffboardingRequestState.Approved },
            SampleOffboardings.New("OB-PEND03", Start.AddMinutes(9)),
            SampleOffboardings.New("OB-PEND01", Start),
        ];
        foreach (var request in requests)
        {
            await store.CreateAsync(request, SampleOffboardings.Created(request), []);
        }

        Assert.Equal(["OB-PEND01", "OB-PEND02", "OB-PEND03"], (await store.ListPendingAsync(10)).Select(r => r.Id));
        Assert.Equal(["OB-PEND01", "OB-PEND02"], (await store.ListPendingAsync(2)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_requesters_requests_are_listed_newest_first_up_to_the_limit()
    {
        var store = await CreateStoreAsync();
        OffboardingRequest[] requests =
        [
            SampleOffboardings.New("OB-MINE01", Start),
            SampleOffboardings.New("OB-MINE03", Start.AddHours(2)) with { State = OffboardingRequestState.Rejected },
            SampleOffboardings.New("OB-MINE02", Start.AddHours(1)),
            SampleOffboardings.New("OB-THEIRS", Start.AddHours(3), requesterId: SampleRequests.Alex),
        ];
        foreach (var request in requests)
        {
            await store.CreateAsync(request, SampleOffboardings.Created(request), []);
        }

        Assert.Equal(["OB-MINE03", "OB-MINE02", "OB-MINE01"], (await store.ListByRequesterAsync(SampleOffboardings.Admin, 10)).Select(r => r.Id));
        Assert.Equal(["OB-MINE03", "OB-MINE02"], (await store.ListByRequesterAsync(SampleOffboardings.Admin.ToUpperInvariant(), 2)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_limit_below_one_is_refused()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListPendingAsync(0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListByRequesterAsync(SampleOffboardings.Admin, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListCompletedForLeaverAsync(SampleOffboardings.Leaver, -1));
    }

    [Fact]
    public async Task After_a_restart_a_new_store_on_the_same_file_sees_every_request_and_its_plan()
    {
        var store = await CreateStoreAsync();
        var running = SampleOffboardings.New("OB-KEEP01", Start) with
        {
            State = OffboardingRequestState.Stopped,
            Plan = SampleOffboardings.StoppedPlan(Start),
            SourceActivityKey = "a:chat|activity-keep",
        };
        var completed = SampleOffboardings.New("OB-KEEP02", Start.AddDays(-7), leaverId: "earlier-leaver") with { State = OffboardingRequestState.Completed };
        await store.CreateAsync(running, SampleOffboardings.Created(running), []);
        await store.CreateAsync(completed, SampleOffboardings.Created(completed), []);

        // A new process: no pooled connection, a fresh migrator run on the existing file, a new store.
        SqliteConnection.ClearAllPools();
        var factory = _database.CreateConnectionFactory();
        await new SqliteMigrator(factory).MigrateAsync();
        var restarted = new SqliteOffboardingRequestStore(factory, _clock);

        var found = await restarted.FindAsync("OB-KEEP01");
        Assert.Equal(running with { Plan = null }, found! with { Plan = null });
        Assert.Equal(OffboardingJson.Serialize(running.Plan!), OffboardingJson.Serialize(found.Plan!));
        Assert.Equal("OB-KEEP01", Assert.Single(await restarted.FindOpenInvolvingAsync(SampleOffboardings.Leaver)).RequestId);
        Assert.Equal(["OB-KEEP02"], (await restarted.ListCompletedForLeaverAsync("earlier-leaver", 5)).Select(r => r.Id));
        Assert.False((await restarted.CreateAsync(running with { Id = "OB-KEEP03" }, SampleOffboardings.Created(running), [])).Created);

        var resumed = found.Fire(OffboardingRequestTrigger.Start, Start.AddHours(1));
        Assert.True(await restarted.UpdateAsync(resumed, 1, [SampleOffboardings.Changed(found, resumed, "offboarding.retried")], []));
        Assert.Equal(OffboardingRequestState.Running, (await store.FindAsync("OB-KEEP01"))?.State);
    }

    private async Task<SqliteOffboardingRequestStore> CreateStoreAsync()
    {
        _factory = await _database.CreateMigratedAsync();
        return new SqliteOffboardingRequestStore(_factory, _clock);
    }
}
