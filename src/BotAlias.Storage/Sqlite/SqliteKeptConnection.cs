using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>A connection kept open with the commands compiled for it (the write queue's, and the readers'); they go together.</summary>
internal sealed class SqliteKeptConnection(SqliteConnection connection) : IAsyncDisposable
{
    public SqliteConnection Connection { get; } = connection;

    public SqliteStatementCache Statements { get; } = new(connection);

    public async ValueTask DisposeAsync()
    {
        Statements.Dispose();
        await Connection.DisposeAsync();
    }
}
