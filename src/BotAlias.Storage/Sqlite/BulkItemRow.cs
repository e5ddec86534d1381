using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// A <c>bulk_items</c> row, written and read with plain prepared commands rather than Dapper: a run holds up to
/// tens of thousands of items, and binding one reused statement is several times faster than a command per row.
/// Statuses are stored by name, addresses as text, timestamps as <see cref="SqliteTimestamp"/> text.
/// </summary>
internal static class BulkItemRow
{
    public const string SelectColumns = """
        SELECT sequence, mailbox_id, user_principal_name, display_name, status, address, previous_primary,
               adds_address, suggestion, reason, attempts, updated_at
        FROM bulk_items
        """;

    private const string InsertSql = """
        INSERT INTO bulk_items (
            run_id, sequence, mailbox_id, user_principal_name, display_name, status, address, previous_primary,
            adds_address, suggestion, reason, attempts, updated_at)
        VALUES (
            $run_id, $sequence, $mailbox_id, $user_principal_name, $display_name, $status, $address, $previous_primary,
            $adds_address, $suggestion, $reason, $attempts, $updated_at);
        """;

    // A null address keeps the one planned; a given one replaces it (the admin accepted a suggestion).
    private const string UpdateSql = """
        UPDATE bulk_items SET
            status     = $status,
            reason     = $reason,
            attempts   = $attempts,
            updated_at = $updated_at,
            address    = COALESCE($address, address)
        WHERE run_id = $run_id AND sequence = $sequence;
        """;

    private static readonly string[] InsertParameters =
    [
        "$run_id", "$sequence", "$mailbox_id", "$user_principal_name", "$display_name", "$status", "$address",
        "$previous_primary", "$adds_address", "$suggestion", "$reason", "$attempts", "$updated_at",
    ];

    // Cached so binding 50,000 rows does not format the enum 50,000 times.
    private static readonly string[] StatusNames = Enum.GetValues<BulkItemStatus>().Select(status => status.ToString()).ToArray();

    private static readonly string[] UpdateParameters =
        ["$run_id", "$sequence", "$status", "$reason", "$attempts", "$updated_at", "$address"];

    /// <summary>Refuses items the table could not hold faithfully, naming the run, the item and the field.</summary>
    public static void RequireValid(string runId, IReadOnlyList<BulkItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var sequences = new HashSet<int>();
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException($"An item of bulk run {runId} is null.", nameof(items));
            }

            if (item.Sequence < 1)
            {
                throw new ArgumentException($"An item of bulk run {runId} has sequence {item.Sequence}; sequences start at 1.", nameof(items));
            }

            if (!sequences.Add(item.Sequence))
            {
                throw new ArgumentException($"Bulk run {runId} lists item {item.Sequence} twice; each item needs its own sequence.", nameof(items));
            }

            if (string.IsNullOrWhiteSpace(item.UserPrincipalName) || item.DisplayName is null)
            {
                throw new ArgumentException(
                    $"Item {item.Sequence} of bulk run {runId} needs its {(item.DisplayName is null ? nameof(item.DisplayName) : nameof(item.UserPrincipalName))}; it was empty.",
                    nameof(items));
            }

            RequireDefined(runId, item.Sequence, item.Status, nameof(items));
            if (item.Attempts < 0)
            {
                throw new ArgumentException($"Item {item.Sequence} of bulk run {runId} has {item.Attempts} attempts; it cannot be negative.", nameof(items));
            }
        }
    }

    public static void RequireValid(string runId, IReadOnlyList<BulkItemUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var update in updates)
        {
            if (update is null)
            {
                throw new ArgumentException($"An item update of bulk run {runId} is null.", nameof(updates));
            }

            RequireDefined(runId, update.Sequence, update.Status, nameof(updates));
            if (update.Attempts < 0)
            {
                throw new ArgumentException($"The update of item {update.Sequence} of bulk run {runId} has {update.Attempts} attempts; it cannot be negative.", nameof(updates));
            }
        }
    }

    public static SqliteCommand PrepareInsert(SqliteConnection connection, SqliteTransaction transaction) =>
        Prepare(connection, transaction, InsertSql, InsertParameters);

    public static SqliteCommand PrepareUpdate(SqliteConnection connection, SqliteTransaction transaction) =>
        Prepare(connection, transaction, UpdateSql, UpdateParameters);

    public static void BindInsert(SqliteCommand insert, string runId, BulkItem item)
    {
        var parameters = insert.Parameters;
        parameters[0].Value = runId;
        parameters[1].Value = item.Sequence;
        parameters[2].Value = Nullable(item.MailboxId);
        parameters[3].Value = item.UserPrincipalName;
        parameters[4].Value = item.DisplayName;
        parameters[5].Value = StatusText(item.Status);
        parameters[6].Value = Nullable(item.Address?.Value);
        parameters[7].Value = Nullable(item.PreviousPrimary?.Value);
        parameters[8].Value = item.AddsAddress ? 1 : 0;
        parameters[9].Value = Nullable(item.Suggestion?.Value);
        parameters[10].Value = Nullable(item.Reason);
        parameters[11].Value = item.Attempts;
        parameters[12].Value = item.UpdatedAt is { } at ? SqliteTimestamp.ToText(at) : DBNull.Value;
    }

    public static void BindUpdate(SqliteCommand update, string runId, BulkItemUpdate change)
    {
        var parameters = update.Parameters;
        parameters[0].Value = runId;
        parameters[1].Value = change.Sequence;
        parameters[2].Value = StatusText(change.Status);
        parameters[3].Value = Nullable(change.Reason);
        parameters[4].Value = change.Attempts;
        parameters[5].Value = SqliteTimestamp.ToText(change.At);
        parameters[6].Value = Nullable(change.Address?.Value);
    }

    /// <summary>Reads the current row of a query that selected <see cref="SelectColumns"/>.</summary>
    public static BulkItem Read(SqliteDataReader reader, string runId)
    {
        var sequence = reader.GetInt32(0);
        return new BulkItem
        {
            Sequence = sequence,
            MailboxId = reader.IsDBNull(1) ? null : reader.GetString(1),
            UserPrincipalName = reader.GetString(2),
            DisplayName = reader.GetString(3),
            Status = ParseStatus(runId, sequence, reader.GetString(4)),
            Address = ReadAddress(reader, 5, runId, sequence, "address"),
            PreviousPrimary = ReadAddress(reader, 6, runId, sequence, "previous_primary"),
            AddsAddress = reader.GetInt64(7) != 0,
            Suggestion = ReadAddress(reader, 8, runId, sequence, "suggestion"),
            Reason = reader.IsDBNull(9) ? null : reader.GetString(9),
            Attempts = reader.GetInt32(10),
            UpdatedAt = reader.IsDBNull(11) ? null : SqliteTimestamp.Parse(reader.GetString(11)),
        };
    }

    public static string StatusText(BulkItemStatus status) => StatusNames[(int)status];

    // A name this build does not know means a newer build wrote the row; say so rather than guess.
    public static BulkItemStatus ParseStatus(string runId, int? sequence, string text) =>
        Enum.TryParse<BulkItemStatus>(text, ignoreCase: false, out var status) && Enum.IsDefined(status)
            ? status
            : throw new InvalidOperationException(
                $"Bulk run {runId} has {(sequence is null ? "an item" : $"item {sequence}")} with status '{text}' in the database, which this build of BotAlias does not know.");

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, string[] parameterNames)
    {
        var command = connection.CreateCommand();
        try
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameterNames)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            return command;
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    private static object Nullable(string? value) => value is null ? DBNull.Value : value;

    private static void RequireDefined(string runId, int sequence, BulkItemStatus status, string parameterName)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentException($"Item {sequence} of bulk run {runId} has status {status}, which is not a known value.", parameterName);
        }
    }

    private static EmailAddress? ReadAddress(SqliteDataReader reader, int ordinal, string runId, int sequence, string column)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var text = reader.GetString(ordinal);
        return EmailAddress.TryParse(text, out var address)
            ? address
            : throw new InvalidOperationException($"Item {sequence} of bulk run {runId} has {column} '{text}' in the database, which is not a plain SMTP address.");
    }
}
