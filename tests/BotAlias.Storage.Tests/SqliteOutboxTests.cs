using System.Collections.Concurrent;
using BotAlias.Core.Outbox;
using BotAlias.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Tests;

public sealed class SqliteOutboxTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 6, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly TemporaryDatabase _database = new();
    private readonly ManualTimeProvider _clock = new(Start);
    private SqliteConnectionFactory? _factory;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Enqueueing_the_same_idempotency_key_twice_queues_one_message()
    {
        var outbox = await CreateOutboxAsync();

        Assert.True(await outbox.EnqueueAsync(Message("AR-1/provision", "{\"n\":1}")));
        Assert.False(await outbox.EnqueueAsync(Message("AR-1/provision", "{\"n\":2}")));

        Assert.Equal(1, await outbox.CountPendingAsync());
        Assert.Equal("{\"n\":1}", (await outbox.LeaseNextAsync(Lease))?.Payload);
    }

    [Fact]
    public async Task A_lease_hands_out_the_oldest_due_message_once_until_it_expires()
    {
        var outbox = await CreateOutboxAsync();
        await outbox.EnqueueAsync(Message("first"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await outbox.EnqueueAsync(Message("second"));

        var first = await outbox.LeaseNextAsync(Lease);
        var second = await outbox.LeaseNextAsync(Lease);
        var none = await outbox.LeaseNextAsync(Lease);

        Assert.Equal("first", first?.IdempotencyKey);
        Assert.Equal("provision", first?.Kind);
        Assert.Equal(1, first?.Attempts);
        Assert.Equal(Start.AddSeconds(1) + Lease, first?.LockedUntil);
        Assert.Equal("second", second?.IdempotencyKey);
        Assert.NotEqual(first?.LeaseToken, second?.LeaseToken);
        Assert.Null(none);
        Assert.Equal(2, await outbox.CountPendingAsync());
    }

    [Fact]
    public async Task A_message_is_not_leased_before_its_not_before_time()
    {
        var outbox = await CreateOutboxAsync();
        await outbox.EnqueueAsync(Message("later") with { NotBefore = Start.AddMinutes(10) });

        Assert.Null(await outbox.LeaseNextAsync(Lease));
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal("later", (await outbox.LeaseNextAsync(Lease))?.IdempotencyKey);
    }

    [Fact]
    public async Task A_completed_message_is_never_leased_again()
    {
        var outbox = await CreateOutboxAsync();
        await outbox.EnqueueAsync(Message("done"));
        var lease = await outbox.LeaseNextAsync(Lease);

        await outbox.CompleteAsync(lease!);
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Null(await outbox.LeaseNextAsync(Lease));
        Assert.Equal(0, await outbox.CountPendingAsync());
        Assert.Equal<(string, DateTimeOffset?)>(("Done", Start), await ReadStateAsync("done"));
    }

    [Fact]
    public async Task A_retried_message_waits_until_its_new_time_and_counts_its_attempts()
    {
        var outbox = await CreateOutboxAsync();
        await outbox.EnqueueAsync(Message("flaky"));
        var first = await outbox.LeaseNextAsync(Lease);

        await outbox.RetryLaterAsync(first!, Start.AddMinutes(5), "Exchange said 503");

        Assert.Null(await outbox.LeaseNextAsync(Lease));
        Assert.Equal(1, await outbox.CountPendingAsync());
        _clock.Advance(TimeSpan.FromMinutes(5));
        var second = await outbox.LeaseNextAsync(Lease);
        Assert.Equal(2, second?.Attempts);
        Assert.Equal("Exchange said 503", await ReadLastErrorAsync("flaky"));
    }

    [Fact]
    public async Task A_dead_lettered_message_stays_for_inspection_and_is_never_leased_again()
    {
        var outbox = await CreateOutboxAsync();
        await outbox.EnqueueAsync(Message("hopeless"));
        var lease = await outbox.LeaseNextAsync(Lease);

        await outbox.DeadLetterAsync(lease!, "The mailbox no longer exists");
        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Null(await outbox.LeaseNextAsync(Lease));
        Assert.Equal(0, await outbox.CountPendingAsync());
        Assert.Equal("Dead", (await ReadStateAsync("hopeless")).State);
        Assert.Equal("The mailbox no longer exists", await ReadLastErrorAsync("hopeless"));
    }

    [Fact]
    public async Task An_expired_lease_is_handed_to_the_next_worker_and_the_first_worker_can_no_longer_finish_it()
    {
        var outbox = await CreateOutboxAsync();
        await outbox.EnqueueAsync(Message("slow"));
        var stale = await outbox.LeaseNextAsync(Lease);
        _clock.Advance(Lease - TimeSpan.FromTicks(1));
        Assert.Null(await outbox.LeaseNextAsync(Lease));
        _clock.Advance(TimeSpan.FromTicks(1));

        var current = await outbox.LeaseNextAsync(Lease);
        Assert.Equal(stale!.Id, current?.Id);
        Assert.Equal(2, current?.Attempts);
        Assert.NotEqual(stale.LeaseToken, current?.LeaseToken);

        // The first worker wakes up and tries every way to finish: none of them touches the new lease.
        await outbox.CompleteAsync(stale);
        await outbox.DeadLetterAsync(stale, "stale worker");
        await outbox.RetryLaterAsync(stale, Start.AddDays(1), "stale worker");

        Assert.Equal("Pending", (await ReadStateAsync("slow")).State);
        Assert.Null(await ReadLastErrorAsync("slow"));
        Assert.Null(await outbox.LeaseNextAsync(Lease));
        await outbox.CompleteAsync(current!);
        Assert.Equal("Done", (await ReadStateAsync("slow")).State);
    }

    [Fact]
    public async Task A_lease_that_expired_unclaimed_can_still_be_finished_by_its_holder()
    {
        var outbox = await CreateOutboxAsync();
        await outbox.EnqueueAsync(Message("late"));
        var lease = await outbox.LeaseNextAsync(Lease);
        _clock.Advance(Lease * 3);

        await outbox.CompleteAsync(lease!);

        Assert.Equal("Done", (await ReadStateAsync("late")).State);
        Assert.Null(await outbox.LeaseNextAsync(Lease));
    }

    [Fact]
    public async Task Workers_leasing_at_once_each_get_different_messages_and_every_message_is_handed_out_once()
    {
        var outbox = await CreateOutboxAsync();
        const int Messages = 30;
        for (var i = 0; i < Messages; i++)
        {
            await outbox.EnqueueAsync(Message($"job-{i}"));
        }

        var leased = new ConcurrentBag<string>();
        await ThreadRace.RunAsync(6, async _ =>
        {
            var worker = new SqliteOutbox(_database.CreateConnectionFactory(), _clock);
            while (await worker.LeaseNextAsync(Lease) is { } lease)
            {
                leased.Add(lease.IdempotencyKey);
            }

            return 0;
        });

        Assert.Equal(Messages, leased.Count);
        Assert.Equal(Messages, leased.Distinct().Count());
    }

    [Fact]
    public async Task Messages_survive_closing_and_reopening_the_database_and_a_lost_lease_is_taken_again()
    {
        var outbox = await CreateOutboxAsync();
        await outbox.EnqueueAsync(Message("leased-when-we-stopped"));
        await outbox.EnqueueAsync(Message("waiting"));
        var lostLease = await outbox.LeaseNextAsync(Lease);
        Assert.Equal("leased-when-we-stopped", lostLease?.IdempotencyKey);
        SqliteConnection.ClearAllPools();

        var restarted = new SqliteOutbox(_database.CreateConnectionFactory(), _clock);
        _clock.Advance(Lease);

        Assert.Equal(2, await restarted.CountPendingAsync());
        var first = await restarted.LeaseNextAsync(Lease);
        var second = await restarted.LeaseNextAsync(Lease);
        Assert.Equal("leased-when-we-stopped", first?.IdempotencyKey);
        Assert.Equal("waiting", second?.IdempotencyKey);
        Assert.Equal(2, first?.Attempts);
        Assert.False(await restarted.EnqueueAsync(Message("waiting")));
    }

    [Fact]
    public async Task A_payload_that_is_not_json_is_refused_with_a_clear_message()
    {
        var outbox = await CreateOutboxAsync();

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => outbox.EnqueueAsync(Message("bad", "{not json")));

        Assert.Contains("is not valid JSON", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, await outbox.CountPendingAsync());
    }

    [Fact]
    public async Task A_lanes_next_message_waits_while_its_first_is_leased_and_other_lanes_go_on()
    {
        var outbox = await CreateOutboxAsync();
        await outbox.EnqueueAsync(Message("AR-1 notify") with { Lane = "AR-1" });
        await outbox.EnqueueAsync(Message("AR-1 status") with { Lane = "AR-1" });
        await outbox.EnqueueAsync(Message("AR-2 notify") with { Lane = "AR-2" });
        await outbox.EnqueueAsync(Message("no lane"));

        var first = await outbox.LeaseNextAsync(Lease);
        var second = await outbox.LeaseNextAsync(Lease);
        var third = await outbox.LeaseNextAsync(Lease);
        Assert.Equal(["AR-1 notify", "AR-2 notify", "no lane"], new[] { first, second, third }.Select(lease => lease?.IdempotencyKey));
        Assert.Null(await outbox.LeaseNextAsync(Lease));

        await outbox.CompleteAsync(first!);
        Assert.Equal("AR-1 status", (await outbox.LeaseNextAsync(Lease))?.IdempotencyKey);
    }

    [Fact]
    public async Task A_lane_held_by_a_lease_that_ran_out_is_open_again()
    {
        var outbox = await CreateOutboxAsync();
        await outbox.EnqueueAsync(Message("AR-1 notify") with { Lane = "AR-1" });
        _clock.Advance(TimeSpan.FromSeconds(1));
        await outbox.EnqueueAsync(Message("AR-1 status") with { Lane = "AR-1" });
        Assert.Equal("AR-1 notify", (await outbox.LeaseNextAsync(Lease))?.IdempotencyKey);

        _clock.Advance(Lease);

        // The lost lease is due again and oldest, so it comes first; its lane then waits for it again.
        Assert.Equal("AR-1 notify", (await outbox.LeaseNextAsync(Lease))?.IdempotencyKey);
        Assert.Null(await outbox.LeaseNextAsync(Lease));
    }

    [Fact]
    public async Task A_database_at_version_8_gains_lanes_and_its_queued_messages_still_run()
    {
        _factory = _database.CreateConnectionFactory();
        await new SqliteMigrator(_factory, SqliteMigrations.All.Where(m => m.Version <= 8)).MigrateAsync();
        await _factory.WriteAsync((write, token) => write.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO outbox (kind, payload, idempotency_key, state, attempts, not_before, created_at) VALUES ('provision', '{}', 'queued before', 'Pending', 0, '2025-06-04T09:00:00.0000000Z', '2025-06-04T09:00:00.0000000Z');",
            transaction: write.Transaction,
            cancellationToken: token)));

        var applied = await new SqliteMigrator(_factory).MigrateAsync();

        Assert.Equal("outbox_lanes", Assert.Single(applied).Name);
        var outbox = new SqliteOutbox(_factory, _clock);
        Assert.Equal("queued before", (await outbox.LeaseNextAsync(Lease))?.IdempotencyKey);
    }

    [Fact]
    public async Task A_lease_of_no_time_is_refused()
    {
        var outbox = await CreateOutboxAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => outbox.LeaseNextAsync(TimeSpan.Zero));
    }

    private static OutboxMessage Message(string key, string payload = "{}") =>
        new() { Kind = "provision", Payload = payload, IdempotencyKey = key };

    private async Task<(string State, DateTimeOffset? CompletedAt)> ReadStateAsync(string key)
    {
        await using var connection = await _factory!.OpenAsync();
        var row = await connection.QuerySingleAsync<(string State, string? CompletedAt)>(
            "SELECT state, completed_at FROM outbox WHERE idempotency_key = @key;",
            new { key });
        return (row.State, row.CompletedAt is null ? null : DateTimeOffset.Parse(row.CompletedAt, System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<string?> ReadLastErrorAsync(string key)
    {
        await using var connection = await _factory!.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>("SELECT last_error FROM outbox WHERE idempotency_key = @key;", new { key });
    }

    private async Task<SqliteOutbox> CreateOutboxAsync()
    {
        _factory = await _database.CreateMigratedAsync();
        return new SqliteOutbox(_factory, _clock);
    }
}
