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
/// the bot does outside the database rests on such a write: the outbox takes each message with a flushed write
/// (<see cref="SqliteDurability.Flushed"/>), whose caller hears only after the WAL, with everything before it, is
/// on the disk, so no card is sent and no address provisioned on the strength of a state that could still roll back.
/// </para>
/// <para>
/// Every write of the process goes through one queue (<see cref="WriteAsync{T}(Func{SqliteWrite, CancellationToken, Task{T}}, CancellationToken)"/>),
/// which commits the writes waiting together; reads use connections of their own and never wait for it. The reads
/// every submit makes run on kept reader connections (<see cref="ReadAsync{T}"/>), the others on pooled ones (<see cref="OpenAsync"/>).
/// </para>
/// </remarks>
public sealed class SqliteConnectionFactory : IAsyncDisposable, IDisposable
{
    /// <summary>The settings of a new native connection; SQLite keeps them while the pool reuses it.</summary>
    private const string ConnectionPragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    /// <summary>The writer's own settings; see <see cref="OpenWriterAsync"/>.</summary>
    private const string WriterPragmas = "PRAGMA temp_store = MEMORY;";

    private static readonly Lazy<bool> NativeLibrary = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        SqliteVfsSleep.TryInstall();
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

    private readonly SqliteWriteQueue _writes;
    private readonly SqliteReaderPool _reads;

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
        _writes = new SqliteWriteQueue(OpenWriterAsync, SqliteWalFlusher.ForFile(DatabasePath + "-wal"));
        // Reads are synchronous inside Microsoft.Data.Sqlite, so no more run at once than threads are running.
        _reads = new SqliteReaderPool(OpenAsync, Math.Max(4, 2 * Environment.ProcessorCount));
        _busyTimeoutPragma = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds};");
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>
    /// Runs <paramref name="work"/> in the process's one write queue (see <see cref="SqliteWriteQueue"/>): in arrival
    /// order, on the writer's connection and inside a transaction, all of it or none. The work must only run
    /// statements on the <see cref="SqliteWrite"/> it is given, and must not queue another write.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteWrite, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        _writes.EnqueueAsync(work, SqliteDurability.Normal, cancellationToken);

    /// <inheritdoc cref="WriteAsync{T}(Func{SqliteWrite, CancellationToken, Task{T}}, CancellationToken)"/>
    public Task<T> WriteAsync<T>(Func<SqliteWrite, CancellationToken, Task<T>> work, SqliteDurability durability, CancellationToken cancellationToken = default) =>
        _writes.EnqueueAsync(work, durability, cancellationToken);

    /// <summary>A write without a result.</summary>
    public Task WriteAsync(Func<SqliteWrite, CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _writes.EnqueueAsync(
            async (write, token) =>
            {
                await work(write, token);
                return true;
            },
            SqliteDurability.Normal,
            cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on one of the kept reader connections, whose statements are compiled once
    /// (see <see cref="SqliteReaderPool"/>). For the reads every submit makes; the work must only run constant SQL
    /// texts on the <see cref="SqliteRead"/> it is given.
    /// </summary>
    public Task<T> ReadAsync<T>(Func<SqliteRead, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        _reads.ReadAsync(work, cancellationToken);

    /// <summary>Closes the kept readers, runs the writes still queued, then closes the writer's connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await _reads.DisposeAsync();
        await _writes.DisposeAsync();
    }

    /// <inheritdoc cref="DisposeAsync"/>
    /// <remarks>For containers disposed synchronously; the queue's loop runs on the thread pool, so waiting for it cannot deadlock.</remarks>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The write queue's connection, whose savepoints are undone from memory (<c>temp_store</c>).</summary>
    /// <remarks>
    /// Each queued write runs in a savepoint, and SQLite keeps the original of every page a savepoint changes in a
    /// statement journal. In a temporary file that was two more write calls per page, twice as many bytes as the WAL
    /// itself; in memory it holds one batch's pages, a few MB at most. Measured with the storage bench
    /// (<c>--submit-store</c>, 50 callers): 2,300 submits/s and 490 ms of CPU per 1,000 before, 3,000/s and 370 ms after.
    /// </remarks>
    private async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = WriterPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
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
}
