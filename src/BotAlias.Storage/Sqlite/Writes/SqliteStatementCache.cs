using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// The writer's commands, one per statement text, kept for as long as its connection. Microsoft.Data.Sqlite
/// compiles a command's statement on its first run and reuses it on the next ones; a command made afresh for
/// every write (as Dapper makes them) compiles it every time.
/// </summary>
/// <remarks>
/// Compiling was an eighth of the writer's time, and finding named parameters by trying prefixes another
/// twentieth (bench: <c>--submit-store</c>, perf). Only constant statement texts should come here: the cache keeps
/// the first <see cref="Capacity"/> texts and makes a throwaway command for any other.
/// </remarks>
internal sealed class SqliteStatementCache(SqliteConnection connection) : IDisposable
{
    public const int Capacity = 128;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>A command for <paramref name="sql"/> in <paramref name="transaction"/>; <see cref="SqliteParameterBinder"/> replaces its parameters.</summary>
    /// <returns>The command, and whether the caller must dispose it (it was not kept).</returns>
    public (SqliteCommand Command, bool Owned) Get(string sql, SqliteTransaction? transaction)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            if (_commands.Count >= Capacity)
            {
                command.Transaction = transaction;
                return (command, true);
            }

            _commands.Add(sql, command);
        }

        command.Transaction = transaction;
        return (command, false);
    }

    /// <summary>Runs a statement without parameters, such as a savepoint's.</summary>
    public void Execute(string sql, SqliteTransaction? transaction)
    {
        var (command, owned) = Get(sql, transaction);
        try
        {
            command.ExecuteNonQuery();
        }
        finally
        {
            if (owned)
            {
                command.Dispose();
            }
        }
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
