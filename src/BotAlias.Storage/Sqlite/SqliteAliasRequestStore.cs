using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Requests in the <c>alias_requests</c> table. The address reservation is a partial unique index over the
/// open states, so the database, not a check in code, decides between two requests racing for an address.
/// Every write runs in a BEGIN IMMEDIATE transaction with its audit entry (and outbox message): all or nothing.
/// </summary>
public sealed class SqliteAliasRequestStore(SqliteConnectionFactory connectionFactory, TimeProvider? timeProvider = null)
    : IAliasRequestStore
{
    // Must stay identical to the WHERE of ux_alias_requests_open_address, or SQLite will not use that index.
    private const string OpenStates = "state IN ('PendingApproval', 'Approved', 'Provisioning')";

    private const string SelectColumns = """
        SELECT id                        AS Id,
               tenant_id                 AS TenantId,
               requester_id              AS RequesterId,
               requester_name            AS RequesterName,
               target_id                 AS TargetId,
               target_name               AS TargetName,
               address                   AS Address,
               reason                    AS Reason,
               reason_text               AS ReasonText,
               approver_kind             AS ApproverKind,
               approver_id               AS ApproverId,
               approver_name             AS ApproverName,
               state                     AS State,
               version                   AS Version,
               created_at                AS CreatedAt,
               updated_at                AS UpdatedAt,
               decided_by_id             AS DecidedById,
               decided_by_name           AS DecidedByName,
               decision_comment          AS DecisionComment,
               failure_reason            AS FailureReason,
               requester_conversation_id AS RequesterConversationId,
               status_activity_id        AS StatusActivityId,
               approval_conversation_id  AS ApprovalConversationId,
               approval_activity_id      AS ApprovalActivityId,
               source_activity_key       AS SourceActivityKey,
               origin_conversation_id    AS OriginConversationId,
               kind                      AS Kind,
               escalated_to_kind         AS EscalatedToKind,
               escalated_to_id           AS EscalatedToId,
               escalated_to_name         AS EscalatedToName
        FROM alias_requests
        """;

    private const string InsertSql = """
        INSERT INTO alias_requests (
            id, tenant_id, requester_id, requester_name, target_id, target_name, address, address_key,
            reason, reason_text, approver_kind, approver_id, approver_name, state, version, created_at, updated_at,
            decided_by_id, decided_by_name, decision_comment, failure_reason, requester_conversation_id,
            status_activity_id, approval_conversation_id, approval_activity_id, source_activity_key, origin_conversation_id, kind,
            escalated_to_kind, escalated_to_id, escalated_to_name)
        VALUES (
            @Id, @TenantId, @RequesterId, @RequesterName, @TargetId, @TargetName, @Address, @AddressKey,
            @Reason, @ReasonText, @ApproverKind, @ApproverId, @ApproverName, @State, @Version, @CreatedAt, @UpdatedAt,
            @DecidedById, @DecidedByName, @DecisionComment, @FailureReason, @RequesterConversationId,
            @StatusActivityId, @ApprovalConversationId, @ApprovalActivityId, @SourceActivityKey, @OriginConversationId, @Kind,
            @EscalatedToKind, @EscalatedToId, @EscalatedToName);
        """;

    // Identity, address, creation time and source never change after creation (see RequireSameIdentity).
    private const string UpdateSql = """
        UPDATE alias_requests SET
            requester_name            = @RequesterName,
            target_id                 = @TargetId,
            target_name               = @TargetName,
            reason                    = @Reason,
            reason_text               = @ReasonText,
            approver_kind             = @ApproverKind,
            approver_id               = @ApproverId,
            approver_name             = @ApproverName,
            state                     = @State,
            version                   = @Version,
            updated_at                = @UpdatedAt,
            decided_by_id             = @DecidedById,
            decided_by_name           = @DecidedByName,
            decision_comment          = @DecisionComment,
            failure_reason            = @FailureReason,
            requester_conversation_id = @RequesterConversationId,
            status_activity_id        = @StatusActivityId,
            approval_conversation_id  = @ApprovalConversationId,
            approval_activity_id      = @ApprovalActivityId,
            escalated_to_kind         = @EscalatedToKind,
            escalated_to_id           = @EscalatedToId,
            escalated_to_name         = @EscalatedToName
        WHERE id = @Id AND version = @ExpectedVersion;
        """;

    private const string SelectBySourceActivitySql = SelectColumns + " WHERE source_activity_key = @key;";

    private const string SelectOpenByAddressSql = SelectColumns + $" WHERE address_key = @addressKey AND {OpenStates};";

    private static readonly SqliteVersionedTable<AliasRequest, AliasRequestRow> Table = new()
    {
        Noun = "Request",
        SelectByIdSql = SelectColumns + " WHERE id = @id;",
        UpdateSql = UpdateSql,
        IdOf = request => request.Id,
        VersionOf = request => request.Version,
        ToRow = AliasRequestRow.From,
        FromRow = row => row.ToRequest(),
        RequireSameIdentity = RequireSameIdentity,
    };

    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    /// <remarks>
    /// An audit entry without a request id is recorded for <paramref name="request"/>.
    /// A redelivery (same source activity key) returns the stored request and appends nothing.
    /// </remarks>
    public async Task<CreateRequestResult> CreateAsync(AliasRequest request, AuditEntry audit, OutboxMessage? enqueue = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(audit);
        AliasRequestRow.RequireValid(request);
        audit = SqliteAuditLog.ForRecord(audit, request.Id, "request", nameof(audit));

        return await connectionFactory.WriteAsync((write, token) => CreateAsync(write, request, audit, enqueue, token), cancellationToken);
    }

    private async Task<CreateRequestResult> CreateAsync(SqliteWrite write, AliasRequest request, AuditEntry audit, OutboxMessage? enqueue, CancellationToken cancellationToken)
    {
        var (connection, transaction) = (write.Connection, write.Transaction);
        try
        {
            await write.ExecuteAsync(InsertSql, AliasRequestRow.From(request), cancellationToken);
        }
        catch (SqliteException exception) when (SqliteConstraint.IsUniqueViolation(exception, "alias_requests.source_activity_key"))
        {
            // A redelivered activity: the unique index answers, so a first delivery costs no extra look-up.
            var earlier = await QueryFirstAsync(connection, transaction, " WHERE source_activity_key = @key;", new { key = request.SourceActivityKey }, cancellationToken)
                ?? throw new InvalidOperationException($"The activity {request.SourceActivityKey} created a request, but none is stored for it.", exception);
            return new CreateRequestResult(CreateRequestOutcome.DuplicateActivity, earlier);
        }
        catch (SqliteException exception) when (SqliteConstraint.IsUniqueViolation(exception, "alias_requests.address_key"))
        {
            // The failed statement is undone; the transaction, and with it the write lock, stays: the holder cannot change meanwhile.
            var holder = await QueryFirstAsync(
                connection,
                transaction,
                $" WHERE address_key = @addressKey AND {OpenStates};",
                new { addressKey = SqliteAddressKey.For(request.Address.Value) },
                cancellationToken)
                ?? throw new InvalidOperationException($"The address {request.Address} is reserved, but no open request holds it.", exception);

            // A redelivery also meets its own reservation; SQLite may name either index.
            return request.SourceActivityKey is not null && holder.SourceActivityKey == request.SourceActivityKey
                ? new CreateRequestResult(CreateRequestOutcome.DuplicateActivity, holder)
                : new CreateRequestResult(CreateRequestOutcome.AddressReserved, holder);
        }
        catch (SqliteException exception) when (SqliteConstraint.IsUniqueViolation(exception, "alias_requests.id"))
        {
            var taken = await QueryFirstAsync(connection, transaction, " WHERE id = @id;", new { id = request.Id }, cancellationToken)
                ?? throw new InvalidOperationException($"The id {request.Id} is taken, but no request has it.", exception);
            return new CreateRequestResult(CreateRequestOutcome.IdTaken, taken);
        }

        await SqliteAuditLog.InsertAsync(write, audit, cancellationToken);
        if (enqueue is not null)
        {
            await SqliteOutbox.InsertAsync(write, enqueue, _timeProvider.GetUtcNow(), cancellationToken);
        }

        return new CreateRequestResult(CreateRequestOutcome.Created, request);
    }

    public async Task<AliasRequest?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await QueryFirstAsync(connection, transaction: null, " WHERE id = @id;", new { id }, cancellationToken);
    }

    public async Task<AliasRequest?> FindBySourceActivityAsync(string sourceActivityKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceActivityKey);

        // Asked on every submit: on a kept reader, whose statement is compiled once.
        var row = await connectionFactory.ReadAsync(
            (read, token) => read.QueryRowAsync<AliasRequestRow>(SelectBySourceActivitySql, new { key = sourceActivityKey }, token),
            cancellationToken);
        return row?.ToRequest();
    }

    public async Task<AliasRequest?> FindOpenByAddressAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);

        // Asked on every submit: on a kept reader, whose statement is compiled once.
        var row = await connectionFactory.ReadAsync(
            (read, token) => read.QueryRowAsync<AliasRequestRow>(SelectOpenByAddressSql, new { addressKey = SqliteAddressKey.For(address.Value) }, token),
            cancellationToken);
        return row?.ToRequest();
    }

    /// <summary>The requester's requests, newest first.</summary>
    public async Task<IReadOnlyList<AliasRequest>> ListPendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AliasRequestRow>(new CommandDefinition(
            SelectColumns + " WHERE state = 'PendingApproval' ORDER BY created_at, id LIMIT @limit;",
            new { limit },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToRequest()).ToList().AsReadOnly();
    }

    public async Task<IReadOnlyList<AliasRequest>> ListByRequesterAsync(string requesterId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requesterId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AliasRequestRow>(new CommandDefinition(
            SelectColumns + " WHERE requester_id = @requesterId ORDER BY created_at DESC, id DESC LIMIT @limit;",
            new { requesterId, limit },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToRequest()).ToList().AsReadOnly();
    }

    /// <remarks>
    /// <paramref name="updated"/> must carry version <paramref name="expectedVersion"/> + 1, as
    /// <see cref="AliasRequest.Fire"/> produces. Its id, tenant, requester, address, creation time and source
    /// activity must be those stored. An audit entry without a request id is recorded for the request.
    /// </remarks>
    public async Task<bool> UpdateAsync(
        AliasRequest updated,
        long expectedVersion,
        AuditEntry? audit,
        OutboxMessage? enqueue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        Table.RequireNextVersion(updated, expectedVersion, nameof(updated));

        AliasRequestRow.RequireValid(updated);
        if (audit is not null)
        {
            audit = SqliteAuditLog.ForRecord(audit, updated.Id, "request", nameof(audit));
        }

        var now = _timeProvider.GetUtcNow();
        return await connectionFactory.WriteAsync((write, token) => UpdateAsync(write, updated, expectedVersion, audit, enqueue, now, token), cancellationToken);
    }

    private static async Task<bool> UpdateAsync(
        SqliteWrite write, AliasRequest updated, long expectedVersion, AuditEntry? audit, OutboxMessage? enqueue, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await Table.TryUpdateAsync(write, updated, expectedVersion, cancellationToken))
        {
            return false;
        }

        if (audit is not null)
        {
            await SqliteAuditLog.InsertAsync(write, audit, cancellationToken);
        }

        if (enqueue is not null)
        {
            await SqliteOutbox.InsertAsync(write, enqueue, now, cancellationToken);
        }

        return true;
    }

    private static async Task<AliasRequest?> QueryFirstAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string where,
        object parameters,
        CancellationToken cancellationToken)
    {
        var row = await connection.QueryFirstOrDefaultAsync<AliasRequestRow>(new CommandDefinition(
            SelectColumns + where,
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        return row?.ToRequest();
    }

    /// <summary>
    /// The address is the reservation and the source activity the redelivery check; a write that changed them
    /// would slip past both, so it is refused.
    /// </summary>
    private static void RequireSameIdentity(AliasRequest stored, AliasRequest updated)
    {
        (string Field, bool Same)[] checks =
        [
            (nameof(AliasRequest.TenantId), string.Equals(stored.TenantId, updated.TenantId, StringComparison.OrdinalIgnoreCase)),
            (nameof(AliasRequest.RequesterId), string.Equals(stored.RequesterId, updated.RequesterId, StringComparison.OrdinalIgnoreCase)),
            (nameof(AliasRequest.Address), stored.Address == updated.Address),
            (nameof(AliasRequest.CreatedAt), stored.CreatedAt == updated.CreatedAt),
            (nameof(AliasRequest.SourceActivityKey), stored.SourceActivityKey == updated.SourceActivityKey),
            (nameof(AliasRequest.OriginConversationId), stored.OriginConversationId == updated.OriginConversationId),
            (nameof(AliasRequest.Kind), stored.Kind == updated.Kind),
        ];
        foreach (var (field, same) in checks)
        {
            if (!same)
            {
                throw new ArgumentException(
                    $"Request {updated.Id} cannot change its {field} after it was created; create a new request instead.",
                    nameof(updated));
            }
        }
    }
}
