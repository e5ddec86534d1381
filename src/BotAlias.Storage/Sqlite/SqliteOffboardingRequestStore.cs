using BotAlias.Core.Audit;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Outbox;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Offboarding requests in the <c>offboarding_requests</c> table, with the plan state beside them.
/// Every write runs in a BEGIN IMMEDIATE transaction with its audit entries and outbox messages (the same
/// <c>audit_log</c> and <c>outbox</c> the alias requests use): all or nothing, so a step is never recorded
/// without its audit line, nor its follow-up work queued for a change that was not stored.
/// </summary>
public sealed class SqliteOffboardingRequestStore(SqliteConnectionFactory connectionFactory, TimeProvider? timeProvider = null)
    : IOffboardingRequestStore
{
    // Must stay identical to the WHERE of ix_offboarding_requests_open_colleague, or SQLite will not use it.
    private const string OpenStates = "state IN ('PendingApproval', 'Approved', 'Running', 'Stopped')";

    private const string SelectColumns = """
        SELECT id                        AS Id,
               tenant_id                 AS TenantId,
               kind                      AS Kind,
               reverses_request_id       AS ReversesRequestId,
               requester_id              AS RequesterId,
               requester_name            AS RequesterName,
               leaver_id                 AS LeaverId,
               leaver_name               AS LeaverName,
               colleague_id              AS ColleagueId,
               colleague_name            AS ColleagueName,
               approver_kind             AS ApproverKind,
               approver_id               AS ApproverId,
               approver_name             AS ApproverName,
               state                     AS State,
               version                   AS Version,
               created_at                AS CreatedAt,
               updated_at                AS UpdatedAt,
               decided_by_id             AS DecidedById,
               decided_by_name           AS DecidedByName,
               failure_reason            AS FailureReason,
               requester_conversation_id AS RequesterConversationId,
               status_activity_id        AS StatusActivityId,
               approval_conversation_id  AS ApprovalConversationId,
               approval_activity_id      AS ApprovalActivityId,
               source_activity_key       AS SourceActivityKey,
               options_json              AS OptionsJson,
               plan_state_json           AS PlanStateJson
        FROM offboarding_requests
        """;

    private const string InsertSql = """
        INSERT INTO offboarding_requests (
            id, tenant_id, kind, reverses_request_id, requester_id, requester_name, leaver_id, leaver_name,
            colleague_id, colleague_name, approver_kind, approver_id, approver_name, state, version, created_at, updated_at,
            decided_by_id, decided_by_name, failure_reason, requester_conversation_id, status_activity_id,
            approval_conversation_id, approval_activity_id, source_activity_key, options_json, plan_state_json)
        VALUES (
            @Id, @TenantId, @Kind, @ReversesRequestId, @RequesterId, @RequesterName, @LeaverId, @LeaverName,
            @ColleagueId, @ColleagueName, @ApproverKind, @ApproverId, @ApproverName, @State, @Version, @CreatedAt, @UpdatedAt,
            @DecidedById, @DecidedByName, @FailureReason, @RequesterConversationId, @StatusActivityId,
            @ApprovalConversationId, @ApprovalActivityId, @SourceActivityKey, @OptionsJson, @PlanStateJson);
        """;

    // Identity, kind, requester, leaver, creation time and source never change after creation (see RequireSameIdentity).
    private const string UpdateSql = """
        UPDATE offboarding_requests SET
            requester_name            = @RequesterName,
            leaver_name               = @LeaverName,
            colleague_id              = @ColleagueId,
            colleague_name            = @ColleagueName,
            approver_kind             = @ApproverKind,
            approver_id               = @ApproverId,
            approver_name             = @ApproverName,
            state                     = @State,
            version                   = @Version,
            updated_at                = @UpdatedAt,
            decided_by_id             = @DecidedById,
            decided_by_name           = @DecidedByName,
            failure_reason            = @FailureReason,
            requester_conversation_id = @RequesterConversationId,
            status_activity_id        = @StatusActivityId,
            approval_conversation_id  = @ApprovalConversationId,
            approval_activity_id      = @ApprovalActivityId,
            options_json              = @OptionsJson,
            plan_state_json           = @PlanStateJson
        WHERE id = @Id AND version = @ExpectedVersion;
        """;

    private static readonly SqliteVersionedTable<OffboardingRequest, OffboardingRequestRow> Table = new()
    {
        Noun = "Request",
        SelectByIdSql = SelectColumns + " WHERE id = @id;",
        UpdateSql = UpdateSql,
        IdOf = request => request.Id,
        VersionOf = request => request.Version,
        ToRow = OffboardingRequestRow.From,
        FromRow = row => row.ToRequest(),
        RequireSameIdentity = RequireSameIdentity,
    };

    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    /// <remarks>
    /// An audit entry without a request id is recorded for <paramref name="request"/>.
    /// A redelivery (same source activity key) returns the stored request and writes nothing.
    /// </remarks>
    public async Task<(OffboardingRequest Request, bool Created)> CreateAsync(
        OffboardingRequest request, AuditEntry audit, IReadOnlyList<OutboxMessage> enqueue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(enqueue);
        OffboardingRequestRow.RequireValid(request);
        audit = SqliteAuditLog.ForRecord(audit, request.Id, "request", nameof(audit));
        RequireMessages(enqueue);

        return await connectionFactory.WriteAsync(
            async (write, token) =>
            {
                var (connection, transaction) = (write.Connection, write.Transaction);

                if (request.SourceActivityKey is not null)
                {
                    var earlier = await QueryFirstAsync(
                        connection,
                        transaction,
                        " WHERE source_activity_key = @key;",
                        new { key = request.SourceActivityKey },
                        token);
                    if (earlier is not null)
                    {
                        return (earlier, false);
                    }
                }

                try
                {
                    await connection.ExecuteAsync(new CommandDefinition(InsertSql, OffboardingRequestRow.From(request), transaction, cancellationToken: token));
                }
                catch (SqliteException exception) when (SqliteConstraint.IsUniqueViolation(exception, "offboarding_requests.id"))
                {
                    throw new InvalidOperationException(
                        $"An offboarding request with the id {request.Id} already exists; create the new request with a new id.",
                        exception);
                }

                await SqliteAuditLog.InsertAsync(write, audit, token);
                await EnqueueAsync(write, enqueue, token);
                return (request, true);
            },
            cancellationToken);
    }

    public async Task<OffboardingRequest?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await QueryFirstAsync(connection, transaction: null, " WHERE id = @id;", new { id }, cancellationToken);
    }

    public async Task<IReadOnlyList<OpenOffboardingRequest>> FindOpenInvolvingAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);

        // Two index lookups (leaver, colleague) rather than one OR, so each side can use its own index.
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OffboardingRequestRow>(new CommandDefinition(
            $"""
            SELECT id AS Id, leaver_id AS LeaverId, leaver_name AS LeaverName, colleague_id AS ColleagueId,
                   colleague_name AS ColleagueName, created_at AS CreatedAt
            FROM offboarding_requests WHERE leaver_id = @userId AND {OpenStates}
            UNION
            SELECT id, leaver_id, leaver_name, colleague_id, colleague_name, created_at
            FROM offboarding_requests WHERE colleague_id = @userId AND {OpenStates}
            ORDER BY CreatedAt, Id;
            """,
            new { userId },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToOpenRequest()).ToList().AsReadOnly();
    }

    public Task<IReadOnlyList<OffboardingRequest>> ListPendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return ListAsync(" WHERE state = 'PendingApproval' ORDER BY created_at, id LIMIT @limit;", new { limit }, cancellationToken);
    }

    public Task<IReadOnlyList<OffboardingRequest>> ListByRequesterAsync(string requesterId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requesterId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return ListAsync(
            " WHERE requester_id = @requesterId ORDER BY created_at DESC, id DESC LIMIT @limit;",
            new { requesterId, limit },
            cancellationToken);
    }

    public Task<IReadOnlyList<OffboardingRequest>> ListCompletedForLeaverAsync(string leaverId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaverId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return ListAsync(
            " WHERE leaver_id = @leaverId AND kind = 'Offboarding' AND state = 'Completed' ORDER BY created_at DESC, id DESC LIMIT @limit;",
            new { leaverId, limit },
            cancellationToken);
    }

    /// <remarks>
    /// <paramref name="updated"/> must carry version <paramref name="expectedVersion"/> + 1, as
    /// <see cref="OffboardingRequest.Fire"/> produces. Its id, tenant, kind, the request it reverses, requester,
    /// leaver, creation time and source activity must be those stored. Audit entries without a request id are
    /// recorded for the request.
    /// </remarks>
    public async Task<bool> UpdateAsync(
        OffboardingRequest updated,
        long expectedVersion,
        IReadOnlyList<AuditEntry> audit,
        IReadOnlyList<OutboxMessage> enqueue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(enqueue);
        Table.RequireNextVersion(updated, expectedVersion, nameof(updated));

        OffboardingRequestRow.RequireValid(updated);
        var entries = audit.Select(entry => SqliteAuditLog.ForRecord(entry, updated.Id, "request", nameof(audit))).ToList();
        RequireMessages(enqueue);

        return await connectionFactory.WriteAsync(
            async (write, token) =>
            {
                if (!await Table.TryUpdateAsync(write, updated, expectedVersion, token))
                {
                    return false;
                }

                foreach (var entry in entries)
                {
                    await SqliteAuditLog.InsertAsync(write, entry, token);
                }

                await EnqueueAsync(write, enqueue, token);
                return true;
            },
            cancellationToken);
    }

    private static async Task<OffboardingRequest?> QueryFirstAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string where,
        object parameters,
        CancellationToken cancellationToken)
    {
        var row = await connection.QueryFirstOrDefaultAsync<OffboardingRequestRow>(new CommandDefinition(
            SelectColumns + where,
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        return row?.ToRequest();
    }

    private static void RequireMessages(IReadOnlyList<OutboxMessage> enqueue)
    {
        if (enqueue.Any(message => message is null))
        {
            throw new ArgumentException("An outbox message in the list is null.", nameof(enqueue));
        }
    }

    /// <summary>
    /// The leaver and the source activity are what the open-request check and the redelivery check look at;
    /// a write that changed them, or the request's identity, would slip past both, so it is refused.
    /// </summary>
    private static void RequireSameIdentity(OffboardingRequest stored, OffboardingRequest updated)
    {
        (string Field, bool Same)[] checks =
        [
            (nameof(OffboardingRequest.TenantId), string.Equals(stored.TenantId, updated.TenantId, StringComparison.OrdinalIgnoreCase)),
            (nameof(OffboardingRequest.Kind), stored.Kind == updated.Kind),
            (nameof(OffboardingRequest.ReversesRequestId), string.Equals(stored.ReversesRequestId, updated.ReversesRequestId, StringComparison.OrdinalIgnoreCase)),
            (nameof(OffboardingRequest.RequesterId), string.Equals(stored.RequesterId, updated.RequesterId, StringComparison.OrdinalIgnoreCase)),
            ("Options.LeaverId", string.Equals(stored.Options.LeaverId, updated.Options.LeaverId, StringComparison.OrdinalIgnoreCase)),
            (nameof(OffboardingRequest.CreatedAt), stored.CreatedAt == updated.CreatedAt),
            (nameof(OffboardingRequest.SourceActivityKey), stored.SourceActivityKey == updated.SourceActivityKey),
        ];
        foreach (var (field, same) in checks)
        {
            if (!same)
            {
                throw new ArgumentException(
                    $"Offboarding request {updated.Id} cannot change its {field} after it was created; create a new request instead.",
                    nameof(updated));
            }
        }
    }

    private async Task<IReadOnlyList<OffboardingRequest>> ListAsync(string whereOrderLimit, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OffboardingRequestRow>(new CommandDefinition(
            SelectColumns + whereOrderLimit,
            parameters,
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToRequest()).ToList().AsReadOnly();
    }

    private async Task EnqueueAsync(SqliteWrite write, IReadOnlyList<OutboxMessage> enqueue, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        foreach (var message in enqueue)
        {
            // A message already queued under the same idempotency key is the same work: it is not queued twice.
            await SqliteOutbox.InsertAsync(write, message, now, cancellationToken);
        }
    }
}
