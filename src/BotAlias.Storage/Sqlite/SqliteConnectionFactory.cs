using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Opens connections to the bot's database file with the settings every connection needs:
/// a busy timeout (a second writer, or a second process, waits for the lock instead of failing),
/// WAL (readers do not block the writer) and enforced foreign keys (off by default in SQLite, per connection).
/// </summary>
public sealed class SqliteConnectionFactory
{
    private static readonly Lazy<bool> NativeLibrary = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    private readonly string _connectionString;
    private readonly TimeSpan _busyTimeout;
    private readonly string _busyTimeoutPragma;

    public SqliteConnectionFactory(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            throw new ArgumentException("SQLite storage needs a database file path (for example <dataFolder>/botalias.db).", nameof(options));
        }

        if (options.BusyTimeout < TimeSpan.Zero)
        {
            throw new ArgumentException($"The SQLite busy timeout must not be negative; it is {options.BusyTimeout}.", nameof(options));
        }

        DatabasePath = Path.GetFullPath(options.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Microsoft.Data.Sqlite retries a busy statement on its own until this many seconds have passed;
            // matching it to the busy timeout keeps the total wait close to what the option says.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();

        _busyTimeout = options.BusyTimeout;
        _busyTimeoutPragma = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds};");
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        _ = NativeLibrary.Value;

        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // The busy wait first: switching a new file to WAL needs a lock another process may hold.
            var pragmas = "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;";
            if (!SqliteBusyWait.TryInstall(connection, _busyTimeout))
            {
                pragmas = _busyTimeoutPragma + " " + pragmas;
            }

            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
