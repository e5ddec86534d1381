using System.Data;
using System.Data.Common;
using Dapper;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Where a kept read runs: one of the reader connections, with the commands compiled for it. Each query is its
/// own read transaction, ended before the query returns, so no snapshot outlives the call.
/// </summary>
/// <remarks>
/// Parameters bind as in <see cref="SqliteWrite.ExecuteAsync"/>, and the SQL text must be a constant, as there.
/// </remarks>
public sealed class SqliteRead
{
    internal SqliteRead(SqliteStatementCache statements) => Statements = statements;

    /// <summary>The commands kept for this reader's connection.</summary>
    internal SqliteStatementCache Statements { get; }

    /// <summary>The first column of the first row of <paramref name="sql"/>; default when there is no row or the value is NULL.</summary>
    public Task<T?> QueryValueAsync<T>(string sql, object? parameters, CancellationToken cancellationToken) =>
        QueryFirstAsync(sql, parameters, static reader => reader.IsDBNull(0) ? default : reader.GetFieldValue<T>(0), cancellationToken);

    /// <summary>The first row of <paramref name="sql"/>, its columns mapped by name to a <typeparamref name="TRow"/> as Dapper maps them; null when there is none.</summary>
    public Task<TRow?> QueryRowAsync<TRow>(string sql, object? parameters, CancellationToken cancellationToken)
        where TRow : class =>
        QueryFirstAsync(sql, parameters, static reader => reader.GetRowParser<TRow>()(reader), cancellationToken);

    private async Task<T?> QueryFirstAsync<T>(string sql, object? parameters, Func<DbDataReader, T?> map, CancellationToken cancellationToken)
    {
        var (command, owned) = Statements.Get(sql, transaction: null);
        try
        {
            SqliteParameterBinder.Bind(command, parameters);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleResult, cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? map(reader) : default;
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
