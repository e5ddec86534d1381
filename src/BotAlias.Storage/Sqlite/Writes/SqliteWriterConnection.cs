using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>The write queue's connection with the commands kept for it; they go together.</summary>
internal sealed class SqliteWriterConnection(SqliteConnection connection) : IAsyncDisposable
{
    public SqliteConnection Connection { get; } = connection;

    public SqliteStatementCache Statements { get; } = new(connection);

    public async ValueTask DisposeAsync()
    {
        Statements.Dispose();
        await Connection.DisposeAsync();
    }
}
