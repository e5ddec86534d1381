using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Core.Outbox;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Bulk runs in <c>bulk_runs</c> and their items in <c>bulk_items</c>. Every write runs in a BEGIN IMMEDIATE
/// transaction with its audit entries (the same <c>audit_log</c> as everything else, so an address's history shows
/// what a bulk run did to it) and outbox messages: a crash never leaves an item changed without its audit line, or
/// a run moved without its job.
/// </summary>
public sealed class SqliteBulkRunStore(SqliteConnectionFactory connectionFactory, TimeProvider? timeProvider = null) : IBulkRunStore
{
    private const string SelectRunColumns = """
        SELECT id                        AS Id,
               tenant_id                 AS TenantId,
               requester_id              AS RequesterId,
               requester_name            AS RequesterName,
               audience_json             AS AudienceJson,
               change_json               AS ChangeJson,
               state                     AS State,
               approver_json             AS ApproverJson,
               version                   AS Version,
               created_at                AS CreatedAt,
               updated_at                AS UpdatedAt,
               decided_by_id             AS DecidedById,
               decided_by_name           AS DecidedByName,
               reason                    AS Reason,
               requester_conversation_id AS RequesterConversationId,
               status_activity_id        AS StatusActivityId,
               source_activity_key       AS SourceActivityKey
        FROM bulk_runs
        """;

    private const string InsertRunSql = """
        INSERT INTO bulk_runs (
            id, tenant_id, requester_id, requester_name, audience_json, change_json, state, approver_json, version,
            created_at, updated_at, decided_by_id, decided_by_name, reason, requester_conversation_id,
            status_activity_id, source_activity_key)
        VALUES (
            @Id, @TenantId, @RequesterId, @RequesterName, @AudienceJson, @ChangeJson, @State, @ApproverJson, @Version,
            @CreatedAt, @UpdatedAt, @DecidedById, @DecidedByName, @Reason, @RequesterConversationId,
            @StatusActivityId, @SourceActivityKey);
        """;

    // Identity, tenant, requester, audience, change, creation time and source never change (see RequireSameIdentity).
    private const string UpdateRunSql = """
        UPDATE bulk_runs SET
            requester_name            = @RequesterName,
            state                     = @State,
            approver_json             = @ApproverJson,
            version                   = @Version,
            updated_at                = @UpdatedAt,
            decided_by_id             = @DecidedById,
            decided_by_name           = @DecidedByName,
            reason                    = @Reason,
            requester_conversation_id = @RequesterConversationId,
            status_activity_id        = @StatusActivityId
        WHERE id = @Id AND version = @ExpectedVersion;
        """;

    private static readonly SqliteVersionedTable<BulkRun, BulkRunRow> RunTable = new()
    {
        Noun = "Bulk run",
        SelectByIdSql = SelectRunColumns + " WHERE id = @id;",
        UpdateSql = UpdateRunSql,
        IdOf = run => run.Id,
        VersionOf = run => run.Version,
        ToRow = BulkRunRow.From,
        FromRow = row => row.ToRun(),
        RequireSameIdentity = RequireSameIdentity,
    };

    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    /// <remarks>
    /// An audit entry without a request id is recorded for <paramref name="run"/>. A redelivery (same source
    /// activity key) returns the stored run and writes nothing. All items go in one transaction through one
    /// reused statement: 10,000 items take a fraction of a second.
    /// </remarks>
    public async Task<(BulkRun Run, bool Created)> CreateAsync(
        BulkRun run, IReadOnlyList<BulkItem> items, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        BulkRunRow.RequireValid(run);
        ArgumentNullException.ThrowIfNull(audit);
        BulkItemRow.RequireValid(run.Id, items);
        audit = SqliteAuditLog.ForRecord(audit, run.Id, "bulk run", nameof(audit));

        return await connectionFactory.WriteAsync(
            async (write, token) =>
            {
                var (connection, transaction) = (write.Connection, write.Transaction);

                if (run.SourceActivityKey is not null)
                {
                    var earlier = await QueryFirstAsync(
                        connection, transaction, " WHERE source_activity_key = @key;", new { key = run.SourceActivityKey }, token);
                    if (earlier is not null)
                    {
                        return (earlier, false);
                    }
                }

                try
                {
                    await connection.ExecuteAsync(new CommandDefinition(InsertRunSql, BulkRunRow.From(run), transaction, cancellationToken: token));
                }
                catch (SqliteException exception) when (SqliteConstraint.IsUniqueViolation(exception, "bulk_runs.id"))
                {
                    throw new InvalidOperationException(
                        $"A bulk run with the id {run.Id} already exists; create the new run with a new id.", exception);
                }

                using (var insert = BulkItemRow.PrepareInsert(connection, transaction))
                {
                    foreach (var item in items)
                    {
                        token.ThrowIfCancellationRequested();
                        BulkItemRow.BindInsert(insert, run.Id, item);
                        insert.ExecuteNonQuery();
                    }
                }

                await SqliteAuditLog.InsertAsync(write, audit, token);
                return (run, true);
            },
            cancellationToken);
    }

    public async Task<BulkRun?> FindAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await QueryFirstAsync(connection, transaction: null, " WHERE id = @runId;", new { runId }, cancellationToken);
    }

    public async Task<IReadOnlyList<BulkRun>> ListByRequesterAsync(string requesterId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requesterId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<BulkRunRow>(new CommandDefinition(
            SelectRunColumns + " WHERE requester_id = @requesterId ORDER BY created_at DESC, id DESC LIMIT @limit;",
            new { requesterId, limit },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToRun()).ToList().AsReadOnly();
    }

    /// <remarks>
    /// <paramref name="updated"/> must carry version <paramref name="expectedVersion"/> + 1, as
    /// <see cref="BulkRun.Fire"/> produces. Its id, tenant, requester, audience, change, creation time and source
    /// activity must be those stored: the items were planned from them. Audit entries without a request id are
    /// recorded for the run.
    /// </remarks>
    public async Task<bool> UpdateAsync(
        BulkRun updated,
        long expectedVersion,
        IReadOnlyList<AuditEntry> audit,
        IReadOnlyList<OutboxMessage> enqueue,
        CancellationToken cancellationToken = default)
    {
        BulkRunRow.RequireValid(updated);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(enqueue);
        RunTable.RequireNextVersion(updated, expectedVersion, nameof(updated));

        var entries = ForRun(audit, updated.Id, nameof(audit));
        if (enqueue.Any(message => message is null))
        {
            throw new ArgumentException("An outbox message in the list is null.", nameof(enqueue));
        }

        return await connectionFactory.WriteAsync(
            async (write, token) =>
            {
                if (!await RunTable.TryUpdateAsync(write, updated, expectedVersion, token))
                {
                    return false;
                }

                foreach (var entry in entries)
                {
                    await SqliteAuditLog.InsertAsync(write, entry, token);
                }

                var now = _timeProvider.GetUtcNow();
                foreach (var message in enqueue)
                {
                    // A message already queued under the same idempotency key is the same work: it is not queued twice.
                    await SqliteOutbox.InsertAsync(write, message, now, token);
                }
                return true;
            },
            cancellationToken);
    }

    /// <remarks>An empty <paramref name="statuses"/> matches nothing; null matches every status.</remarks>
    public async Task<IReadOnlyList<BulkItem>> ListItemsAsync(
        string runId, IReadOnlyCollection<BulkItemStatus>? statuses, int afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (statuses is { Count: 0 })
        {
            return [];
        }

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.Parameters.AddWithValue("$run_id", runId);
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", limit);

        // Statuses become literals from the enum's own names (checked defined), so the statement has a fixed shape per set.
        var statusFilter = "";
        if (statuses is not null)
        {
            var names = statuses.Distinct().Select(status => Enum.IsDefined(status)
                ? "'" + BulkItemRow.StatusText(status) + "'"
                : throw new ArgumentException($"{status} is not a known item status.", nameof(statuses)));
            statusFilter = " AND status IN (" + string.Join(", ", names) + ")";
        }

        command.CommandText = BulkItemRow.SelectColumns
            + " WHERE run_id = $run_id AND sequence > $after" + statusFilter + " ORDER BY sequence LIMIT $limit;";

        var items = new List<BulkItem>(Math.Min(limit, 1024));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(BulkItemRow.Read(reader, runId));
        }

        return items.AsReadOnly();
    }

    public async Task<BulkRunCounts> CountAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Status, long Count)>(new CommandDefinition(
            "SELECT status, COUNT(*) FROM bulk_items WHERE run_id = @runId GROUP BY status;",
            new { runId },
            cancellationToken: cancellationToken));
        var counts = rows.ToDictionary(row => BulkItemRow.ParseStatus(runId, sequence: null, row.Status), row => (int)row.Count);
        return counts.Count == 0 ? BulkRunCounts.Empty : new BulkRunCounts(counts);
    }

    /// <remarks>
    /// Audit entries without a request id are recorded for the run. Throws for a run that does not exist, so a
    /// mistaken id does not leave audit lines about changes that were never made.
    /// </remarks>
    public async Task UpdateItemsAsync(
        string runId, IReadOnlyList<BulkItemUpdate> updates, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        BulkItemRow.RequireValid(runId, updates);
        ArgumentNullException.ThrowIfNull(audit);
        var entries = ForRun(audit, runId, nameof(audit));
        if (updates.Count == 0 && entries.Count == 0)
        {
            return;
        }

        await connectionFactory.WriteAsync(
            async (write, token) =>
            {
                var (connection, transaction) = (write.Connection, write.Transaction);

                var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    "SELECT COUNT(*) FROM bulk_runs WHERE id = @runId;", new { runId }, transaction, cancellationToken: token));
                if (exists == 0)
                {
                    throw new InvalidOperationException($"There is no bulk run {runId}; its item updates were not stored.");
                }

                using (var update = BulkItemRow.PrepareUpdate(connection, transaction))
                {
                    foreach (var change in updates)
                    {
                        token.ThrowIfCancellationRequested();
                        BulkItemRow.BindUpdate(update, runId, change);
                        update.ExecuteNonQuery();
                    }
                }

                foreach (var entry in entries)
                {
                    await SqliteAuditLog.InsertAsync(write, entry, token);
                }
            },
            cancellationToken);
    }

    private static async Task<BulkRun?> QueryFirstAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string where, object parameters, CancellationToken cancellationToken)
    {
        var row = await connection.QueryFirstOrDefaultAsync<BulkRunRow>(new CommandDefinition(
            SelectRunColumns + where, parameters, transaction, cancellationToken: cancellationToken));
        return row?.ToRun();
    }

    private static List<AuditEntry> ForRun(IReadOnlyList<AuditEntry> audit, string runId, string parameterName) =>
        audit.Select(entry => SqliteAuditLog.ForRecord(entry, runId, "bulk run", parameterName)).ToList();

    /// <summary>
    /// The items were planned from the audience and the change, and the source activity is what the redelivery
    /// check looks at; a write that changed them, or the run's identity, is refused.
    /// </summary>
    private static void RequireSameIdentity(BulkRun stored, BulkRun updated)
    {
        (string Field, bool Same)[] checks =
        [
            (nameof(BulkRun.TenantId), string.Equals(stored.TenantId, updated.TenantId, StringComparison.OrdinalIgnoreCase)),
            (nameof(BulkRun.RequesterId), string.Equals(stored.RequesterId, updated.RequesterId, StringComparison.OrdinalIgnoreCase)),
            (nameof(BulkRun.Audience), stored.Audience == updated.Audience),
            (nameof(BulkRun.Change), stored.Change == updated.Change),
            (nameof(BulkRun.CreatedAt), stored.CreatedAt == updated.CreatedAt),
            (nameof(BulkRun.SourceActivityKey), stored.SourceActivityKey == updated.SourceActivityKey),
        ];
        foreach (var (field, same) in checks)
        {
            if (!same)
            {
                throw new ArgumentException(
                    $"Bulk run {updated.Id} cannot change its {field} after it was created; start a new run instead.", nameof(updated));
            }
        }
    }
}
