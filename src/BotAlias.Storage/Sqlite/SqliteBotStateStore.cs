using System.Text.Json;
using BotAlias.BotFramework.State;
using Dapper;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Bot state in the <c>bot_state</c> table. Each write is a single conditional statement, run in the
/// write queue one after another, so concurrent writers cannot both win: versions start at 1 and go up by one per write.
/// </summary>
public sealed class SqliteBotStateStore(SqliteConnectionFactory connectionFactory, TimeProvider? timeProvider = null)
    : IBotStateStore
{
    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    public async Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StateRow>(new CommandDefinition(
            "SELECT key AS Key, json AS Json, version AS Version, updated_at AS UpdatedAt FROM bot_state WHERE key = @key;",
            new { key },
            cancellationToken: cancellationToken));
        return row is null ? null : new StateEntry(row.Key, row.Json, row.Version, SqliteTimestamp.Parse(row.UpdatedAt));
    }

    public async Task<StateEntry?> WriteAsync(string key, string json, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(json);
        if (expectedVersion is < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(expectedVersion),
                expectedVersion,
                "State versions start at 1; pass null to create the entry.");
        }

        RequireJson(key, json);

        var now = _timeProvider.GetUtcNow();
        var parameters = new { key, json, expectedVersion, updatedAt = SqliteTimestamp.ToText(now) };
        var sql = expectedVersion is null
            ? "INSERT INTO bot_state (key, json, version, updated_at) VALUES (@key, @json, 1, @updatedAt) ON CONFLICT (key) DO NOTHING;"
            : "UPDATE bot_state SET json = @json, version = version + 1, updated_at = @updatedAt WHERE key = @key AND version = @expectedVersion;";

        var written = await connectionFactory.WriteAsync(
            (write, token) => write.Connection.ExecuteAsync(new CommandDefinition(sql, parameters, write.Transaction, cancellationToken: token)),
            cancellationToken);
        if (written == 0)
        {
            return null;
        }

        // The stored timestamp is truncated to 100 ns by its text form; return what a later read would.
        return new StateEntry(key, json, (expectedVersion ?? 0) + 1, SqliteTimestamp.Parse(SqliteTimestamp.ToText(now)));
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);

        var deleted = await connectionFactory.WriteAsync(
            (write, token) => write.Connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM bot_state WHERE key = @key;",
                new { key },
                write.Transaction,
                cancellationToken: token)),
            cancellationToken);
        return deleted > 0;
    }

    private static void RequireJson(string key, string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"The state for '{key}' is not valid JSON: {exception.Message}", nameof(json), exception);
        }
    }

    private sealed record StateRow(string Key, string Json, long Version, string UpdatedAt);
}
