using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Opens connections to the bot's database file with the settings every connection needs:
/// a busy timeout (a second writer, or a second process, waits for the lock instead of failing),
/// WAL (readers do not block the writer), enforced foreign keys (off by default in SQLite, per connection)
/// and <c>synchronous = NORMAL</c>.
/// </summary>
/// <remarks>
/// <para>
/// Why NORMAL is safe here: in WAL mode a commit under NORMAL is written to the WAL but not flushed to the
/// disk, so it survives a crash or kill of the application (the operating system still has it) and the file is
/// never corrupted; only an operating-system crash or power loss can roll back the last transactions, all of
/// each or none. FULL flushes the WAL on every commit, and that flush, taken while holding the write lock, was
/// most of the time of every write: with ten people submitting at once they queued behind each other's
/// flushes (alias-submit p99 90-160 ms before, see bench/load).
/// </para>
/// <para>
/// What may be lost is therefore a request someone submitted in the second before a power loss. Nothing
/// the bot does outside the database rests on such a write: the outbox takes each message with a FULL commit
/// (<see cref="SqliteOutbox.LeaseNextAsync"/>), which flushes the WAL with everything before it, so no
/// card is sent and no address provisioned on the strength of a state that could still roll back.
/// </para>
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The write gate's wait handle is never created (only WaitAsync and Release are used), so there is nothing to dispose; the factory lives as long as the process.")]
public sealed class SqliteConnectionFactory
{
    /// <summary>The settings of a new native connection; SQLite keeps them while the pool reuses it.</summary>
    private const string ConnectionPragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    private static readonly Lazy<bool> NativeLibrary = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    private readonly string _connectionString;
    private readonly TimeSpan _busyTimeout;
    private readonly string _busyTimeoutPragma;

    // Native connections already set up. Microsoft.Data.Sqlite pools them, and the busy handler and the
    // pragmas stay with the native connection, so each is set up once instead of on every open.
    private static readonly object Configured = new();

    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private volatile bool _folderExists;

    // One writer of this process at a time, queued without holding a thread: see WaitToWriteAsync.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

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

    /// <summary>
    /// Waits, asynchronously and in arrival order, until no other write transaction of this process that took the
    /// gate is running; dispose the result after the transaction. SQLite allows one writer anyway: without the
    /// gate, writers that find the lock taken wait in the busy handler, which sleeps on a pool thread and retries
    /// at random, so under many simultaneous writes some waited far longer than the others (alias-submit p99 at
    /// 50 connections, see bench/load). Writers of other processes, and those that do not take the gate, are
    /// still waited for by the busy handler.
    /// </summary>
    public async Task<IDisposable> WaitToWriteAsync(CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        return new WriteTurn(_writeGate);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        _ = NativeLibrary.Value;

        if (!_folderExists)
        {
            var folder = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            _folderExists = true;
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var handle = connection.Handle!;
            if (_configured.TryGetValue(handle, out _))
            {
                return connection;
            }

            // The busy wait first: switching a new file to WAL needs a lock another process may hold.
            var pragmas = ConnectionPragmas;
            if (!SqliteBusyWait.TryInstall(connection, _busyTimeout))
            {
                pragmas = _busyTimeoutPragma + " " + pragmas;
            }

            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _configured.AddOrUpdate(handle, Configured);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class WriteTurn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
