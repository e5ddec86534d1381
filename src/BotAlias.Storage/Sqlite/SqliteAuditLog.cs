using System.Data.Common;
using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using Dapper;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// The audit log in the <c>audit_log</c> table. The database itself refuses updates and deletes
/// (triggers), so not even a stray SQL statement can rewrite history.
/// </summary>
public sealed class SqliteAuditLog(SqliteConnectionFactory connectionFactory) : IAuditLog
{
    private const string SelectColumns = """
        SELECT at         AS At,
               actor_id   AS ActorId,
               actor_name AS ActorName,
               action     AS Action,
               request_id AS RequestId,
               address    AS Address,
               before     AS Before,
               after      AS After,
               details    AS Details
        FROM audit_log
        """;

    /// <summary>
    /// The entry as recorded with a request or run: one without a request id is given <paramref name="recordId"/>;
    /// one for another record is refused, so a change never writes into someone else's history.
    /// </summary>
    internal static AuditEntry ForRecord(AuditEntry? audit, string recordId, string recordNoun, string parameterName)
    {
        if (audit is null)
        {
            throw new ArgumentException("An audit entry in the list is null.", parameterName);
        }

        if (audit.RequestId is null)
        {
            return audit with { RequestId = recordId };
        }

        return string.Equals(audit.RequestId, recordId, StringComparison.Ordinal)
            ? audit
            : throw new ArgumentException($"The audit entry '{audit.Action}' is for request {audit.RequestId}, not {recordNoun} {recordId}.", parameterName);
    }

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);

        await connectionFactory.WriteAsync((write, token) => InsertAsync(write, entry, token), cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListForRequestAsync(string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            SelectColumns + " WHERE request_id = @requestId ORDER BY id;",
            new { requestId },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToEntry()).ToList().AsReadOnly();
    }

    public async Task<IReadOnlyList<AuditEntry>> ListForAddressAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            SelectColumns + " WHERE address_key = @addressKey ORDER BY id;",
            new { addressKey = SqliteAddressKey.For(address.Value) },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToEntry()).ToList().AsReadOnly();
    }

    public async Task<IReadOnlyList<AuditEntry>> ListBetweenAsync(DateTimeOffset fromInclusive, DateTimeOffset toExclusive, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (toExclusive <= fromInclusive)
        {
            return [];
        }

        // The fixed-width UTC text sorts like the instant it stands for, so the range is a plain string range.
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            SelectColumns + " WHERE at >= @from AND at < @to ORDER BY at, id LIMIT @limit;",
            new { from = SqliteTimestamp.ToText(fromInclusive), to = SqliteTimestamp.ToText(toExclusive), limit },
            cancellationToken: cancellationToken));
        return rows.Select(row => row.ToEntry()).ToList().AsReadOnly();
    }

    /// <summary>Appends on the caller's connection, so a store can make it part of its own transaction.</summary>
    /// <summary>Appends within the caller's write, so a store can make it part of its own change.</summary>
    internal static Task InsertAsync(SqliteWrite write, AuditEntry entry, CancellationToken cancellationToken)
    {
        RequireFields(entry);
        return write.ExecuteAsync(
            """
            INSERT INTO audit_log (at, actor_id, actor_name, action, request_id, address, address_key, before, after, details)
            VALUES (@At, @ActorId, @ActorName, @Action, @RequestId, @Address, @AddressKey, @Before, @After, @Details);
            """,
            new
            {
                At = SqliteTimestamp.ToText(entry.At),
                entry.ActorId,
                entry.ActorName,
                entry.Action,
                entry.RequestId,
                entry.Address,
                AddressKey = entry.Address is null ? null : SqliteAddressKey.For(entry.Address),
                entry.Before,
                entry.After,
                entry.Details,
            },
            cancellationToken);
    }

    private static void RequireFields(AuditEntry entry)
    {
        (string Name, string? Value)[] required =
        [
            (nameof(entry.ActorId), entry.ActorId),
            (nameof(entry.ActorName), entry.ActorName),
            (nameof(entry.Action), entry.Action),
        ];
        foreach (var (name, value) in required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"An audit entry needs its {name}; it was empty.", nameof(entry));
            }
        }
    }

    private sealed class AuditRow
    {
        public string At { get; set; } = "";

        public string ActorId { get; set; } = "";

        public string ActorName { get; set; } = "";

        public string Action { get; set; } = "";

        public string? RequestId { get; set; }

        public string? Address { get; set; }

        public string? Before { get; set; }

        public string? After { get; set; }

        public string? Details { get; set; }

        public AuditEntry ToEntry() => new()
        {
            At = SqliteTimestamp.Parse(At),
            ActorId = ActorId,
            ActorName = ActorName,
            Action = Action,
            RequestId = RequestId,
            Address = Address,
            Before = Before,
            After = After,
            Details = Details,
        };
    }
}
