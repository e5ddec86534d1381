using System.Data.Common;
using System.Text.Json;
using BotAlias.Core.Outbox;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// The outbox in the <c>outbox</c> table. Leasing runs in the write queue, one lease after another, so two
/// workers never hold the same message at once. A lease is a random token: finishing a message needs the
/// token, so a worker whose lease ran out (and was handed to another) cannot finish someone else's work.
/// A lease is a flushed commit (<see cref="SqliteDurability.Flushed"/>), the one durable write before the work is
/// done: see <see cref="SqliteConnectionFactory"/>.
/// </summary>
public sealed class SqliteOutbox(SqliteConnectionFactory connectionFactory, TimeProvider? timeProvider = null) : IOutbox
{
    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);

        var now = _timeProvider.GetUtcNow();
        return await connectionFactory.WriteAsync((write, token) => InsertAsync(write, message, now, token), cancellationToken);
    }

    public async Task<OutboxLease?> LeaseNextAsync(TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        if (leaseDuration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(leaseDuration), leaseDuration, "A lease must last longer than zero.");
        }

        var now = _timeProvider.GetUtcNow();
        var nowText = SqliteTimestamp.ToText(now);
        var lockedUntil = SqliteTimestamp.ToText(now + leaseDuration);
        var leaseToken = Guid.NewGuid().ToString("N");

        // The rest of the bot commits with synchronous = NORMAL, which a power loss may roll back. A flushed
        // commit writes the whole WAL to the disk, so the message, the state it was queued with and every earlier
        // write are there before the worker acts on them outside the database. Leases committed before a flush
        // begins share it, and the flush runs beside the write queue, not in it (see SqliteWalFlusher).
        return await connectionFactory.WriteAsync(
            (write, token) => LeaseAsync(write, nowText, lockedUntil, leaseToken, token),
            SqliteDurability.Flushed,
            cancellationToken);
    }

    private static async Task<OutboxLease?> LeaseAsync(SqliteWrite write, string nowText, string lockedUntil, string leaseToken, CancellationToken cancellationToken)
    {
        var (connection, transaction) = (write.Connection, write.Transaction);

        // The literal state and the (state, not_before, id) index make this a short index walk.
        var row = await connection.QueryFirstOrDefaultAsync<LeaseRow>(new CommandDefinition(
            """
            SELECT id AS Id, kind AS Kind, payload AS Payload, idempotency_key AS IdempotencyKey, attempts AS Attempts
            FROM outbox
            WHERE state = 'Pending'
              AND not_before <= @now
              AND (locked_until IS NULL OR locked_until <= @now)
              AND (lane IS NULL OR NOT EXISTS (
                    SELECT 1 FROM outbox AS running
                    WHERE running.lane = outbox.lane AND running.state = 'Pending' AND running.locked_until > @now))
            ORDER BY not_before, id
            LIMIT 1;
            """,
            new { now = nowText },
            transaction,
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        await write.ExecuteAsync(
            "UPDATE outbox SET locked_until = @lockedUntil, lease_token = @leaseToken, attempts = attempts + 1 WHERE id = @id;",
            new { lockedUntil, leaseToken, id = row.Id },
            cancellationToken);

        return new OutboxLease(row.Id, row.Kind, row.Payload, row.IdempotencyKey, (int)row.Attempts + 1, leaseToken, SqliteTimestamp.Parse(lockedUntil));
    }

    public Task CompleteAsync(OutboxLease lease, CancellationToken cancellationToken = default) =>
        FinishAsync(
            lease,
            "UPDATE outbox SET state = 'Done', completed_at = @now, locked_until = NULL, lease_token = NULL",
            new { now = SqliteTimestamp.ToText(_timeProvider.GetUtcNow()) },
            cancellationToken);

    public Task RetryLaterAsync(OutboxLease lease, DateTimeOffset notBefore, string failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return FinishAsync(
            lease,
            "UPDATE outbox SET not_before = @notBefore, last_error = @failure, locked_until = NULL, lease_token = NULL",
            new { notBefore = SqliteTimestamp.ToText(notBefore), failure },
            cancellationToken);
    }

    public Task DeadLetterAsync(OutboxLease lease, string failure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return FinishAsync(
            lease,
            "UPDATE outbox SET state = 'Dead', last_error = @failure, completed_at = @now, locked_until = NULL, lease_token = NULL",
            new { failure, now = SqliteTimestamp.ToText(_timeProvider.GetUtcNow()) },
            cancellationToken);
    }

    /// <summary>Messages not yet done or dead-lettered, including those leased right now.</summary>
    public async Task<int> CountPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM outbox WHERE state = 'Pending';",
            cancellationToken: cancellationToken));
    }

    /// <summary>Enqueues within the caller's write, so a store can make it part of its own change.</summary>
    /// <returns>False when a message with the same idempotency key already exists.</returns>
    internal static async Task<bool> InsertAsync(SqliteWrite write, OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        RequireFields(message);

        // ON CONFLICT names the key, unlike INSERT OR IGNORE, which would also swallow NOT NULL and CHECK failures.
        var inserted = await write.ExecuteAsync(
            """
            INSERT INTO outbox (kind, payload, idempotency_key, state, attempts, not_before, created_at, lane)
            VALUES (@Kind, @Payload, @IdempotencyKey, 'Pending', 0, @NotBefore, @CreatedAt, @Lane)
            ON CONFLICT (idempotency_key) DO NOTHING;
            """,
            new
            {
                message.Kind,
                message.Payload,
                message.IdempotencyKey,
                message.Lane,
                NotBefore = SqliteTimestamp.ToText(message.NotBefore),
                CreatedAt = SqliteTimestamp.ToText(now),
            },
            cancellationToken);
        return inserted > 0;
    }

    private static void RequireFields(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Kind))
        {
            throw new ArgumentException("An outbox message needs a Kind; it was empty.", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(message.IdempotencyKey))
        {
            throw new ArgumentException($"The '{message.Kind}' outbox message needs an IdempotencyKey; it was empty.", nameof(message));
        }

        try
        {
            using var _ = JsonDocument.Parse(message.Payload ?? "");
        }
        catch (JsonException exception)
        {
            throw new ArgumentException(
                $"The payload of the '{message.Kind}' outbox message '{message.IdempotencyKey}' is not valid JSON: {exception.Message}",
                nameof(message),
                exception);
        }
    }

    private async Task FinishAsync(OutboxLease lease, string updateSql, object parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);

        var arguments = new DynamicParameters(parameters);
        arguments.Add("id", lease.Id);
        arguments.Add("leaseToken", lease.LeaseToken);

        // A stale token (the lease ran out and another worker took the message) changes nothing.
        await connectionFactory.WriteAsync(
            (write, token) => write.Connection.ExecuteAsync(new CommandDefinition(
                updateSql + " WHERE id = @id AND lease_token = @leaseToken AND state = 'Pending';",
                arguments,
                write.Transaction,
                cancellationToken: token)),
            cancellationToken);
    }

    private sealed class LeaseRow
    {
        public long Id { get; set; }

        public string Kind { get; set; } = "";

        public string Payload { get; set; } = "";

        public string IdempotencyKey { get; set; } = "";

        public long Attempts { get; set; }
    }
}
