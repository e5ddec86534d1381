using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Where a queued write runs: the writer's connection, inside the transaction its batch shares, within a
/// savepoint of its own. A write that throws leaves nothing behind; one that returns is committed with its batch.
/// </summary>
public sealed class SqliteWrite
{
    internal SqliteWrite(SqliteConnection connection, SqliteTransaction transaction, SqliteStatementCache statements)
    {
        Connection = connection;
        Transaction = transaction;
        Statements = statements;
    }

    public SqliteConnection Connection { get; }

    public SqliteTransaction Transaction { get; }

    /// <summary>The commands kept for the writer's connection.</summary>
    internal SqliteStatementCache Statements { get; }

    /// <summary>
    /// Runs <paramref name="sql"/> with the properties of <paramref name="parameters"/> bound to its <c>@Name</c>
    /// parameters, like Dapper's <c>ExecuteAsync</c>, but on a command the writer keeps, so the statement is compiled
    /// once, not on every write. For the statements every submit runs; <paramref name="sql"/> must be a constant text.
    /// </summary>
    /// <returns>The number of rows changed.</returns>
    public async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var (command, owned) = Statements.Get(sql, Transaction);
        try
        {
            SqliteParameterBinder.Bind(command, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            if (owned)
            {
                await command.DisposeAsync();
            }
        }
    }
}
