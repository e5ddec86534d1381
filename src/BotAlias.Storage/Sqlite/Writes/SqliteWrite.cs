using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Where a queued write runs: the writer's connection, inside the transaction its batch shares, within a
/// savepoint of its own. A write that throws leaves nothing behind; one that returns is committed with its batch.
/// </summary>
public sealed class SqliteWrite(SqliteConnection connection, SqliteTransaction transaction)
{
    public SqliteConnection Connection { get; } = connection;

    public SqliteTransaction Transaction { get; } = transaction;
}
