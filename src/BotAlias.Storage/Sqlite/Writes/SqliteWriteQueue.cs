using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Every write of this process, run in arrival order by one loop on one connection, and committed in batches:
/// the writes waiting while a batch runs go together into the next transaction, each in a savepoint of its own.
/// </summary>
/// <remarks>
/// <para>
/// Why: SQLite has one writer at a time, and a commit costs about the same whether it carries one write or fifty
/// (the touched pages go to the WAL once). With writers queuing on SQLite's lock each paid for its own commit,
/// and the outbox, which waited in the busy handler, starved behind the others under load (bench/load: 500
/// approval cards sent for 28,000 requests).
/// </para>
/// <para>
/// A write's caller hears its result only after its batch is committed, so nothing is reported that could still
/// roll back. A write that throws is undone to its savepoint and fails alone. If SQLite abandons the whole
/// transaction (a full disk, an I/O error), the earlier writes of the batch fail too, and the rest run in a new one.
/// A write that asked to be flushed is handed to <see cref="SqliteWalFlusher"/> after the commit, so the loop
/// never waits for the disk.
/// </para>
/// </remarks>
internal sealed class SqliteWriteQueue(Func<CancellationToken, Task<SqliteConnection>> open, SqliteWalFlusher flusher) : IAsyncDisposable
{
    private const int MaxBatch = 64;
    // Savepoint statements kept as commands like the writes' own (SqliteTransaction.Save makes a new one each time).
    private const string Save = "SAVEPOINT botalias_write;";
    private const string Release = "RELEASE botalias_write;";
    private const string RollBack = "ROLLBACK TO botalias_write;";

    // True inside a write's work: a write that queued another would wait for itself.
    private static readonly AsyncLocal<bool> InsideWrite = new();

    private readonly Channel<QueuedWrite> _queue = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly BackgroundLoop _loop = new();

    public Task<T> EnqueueAsync<T>(Func<SqliteWrite, CancellationToken, Task<T>> work, SqliteDurability durability, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (InsideWrite.Value)
        {
            throw new InvalidOperationException("A queued write cannot queue another write: it would wait for itself. Run the second write's statements on the same SqliteWrite.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var write = new QueuedWrite<T>(work, durability, cancellationToken);
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(SqliteWriteQueue), "The database is closing: the write was not queued.");
        }

        _loop.EnsureStarted(RunAsync);
        return write.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.EndedAsync();

        await flusher.DisposeAsync();
    }

    private async Task RunAsync()
    {
        InsideWrite.Value = true;
        SqliteKeptConnection? connection = null;
        var batch = new List<QueuedWrite>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
                {
                    if (write.CancellationToken.IsCancellationRequested)
                    {
                        write.Fail(new OperationCanceledException(write.CancellationToken));
                        continue;
                    }

                    batch.Add(write);
                }

                try
                {
                    connection = await RunBatchAsync(connection, batch);
                }
                catch (Exception exception)
                {
                    // Not expected (each stage catches its own), but a dead loop would leave every later write waiting forever.
                    FailAll(batch, 0, exception);
                    connection = null;
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <returns>The connection to use next, or null when it must be opened again.</returns>
    private async Task<SqliteKeptConnection?> RunBatchAsync(SqliteKeptConnection? connection, List<QueuedWrite> batch)
    {
        var start = 0;
        while (start < batch.Count)
        {
            try
            {
                connection ??= new SqliteKeptConnection(await open(CancellationToken.None));
            }
            catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                FailAll(batch, start, exception);
                return null;
            }

            (start, var healthy) = await RunTransactionAsync(connection, batch, start);
            if (!healthy)
            {
                await connection.DisposeAsync();
                connection = null;
            }
        }

        return connection;
    }

    /// <returns>The first write not yet settled, and whether the connection is still fit for use.</returns>
    private async Task<(int Next, bool Healthy)> RunTransactionAsync(SqliteKeptConnection writer, List<QueuedWrite> batch, int start)
    {
        var (connection, statements) = (writer.Connection, writer.Statements);
        SqliteTransaction? transaction = null;
        try
        {
            transaction = connection.BeginTransaction(deferred: false);
            var write = new SqliteWrite(connection, transaction, statements);
            for (var i = start; i < batch.Count; i++)
            {
                var queued = batch[i];
                statements.Execute(Save, transaction);
                try
                {
                    await queued.RunAsync(write);
                    statements.Execute(Release, transaction);
                }
                catch (Exception exception)
                {
                    queued.Failure = exception;
                    if (!TryUndo(writer, transaction))
                    {
                        // SQLite gave up the whole transaction: the earlier writes are gone with it. The connection is
                        // replaced, in case it still thinks a transaction is open.
                        FailAll(batch, start, exception, upTo: i, settleLast: true);
                        return (i + 1, false);
                    }
                }
            }

            transaction.Commit();
            for (var i = start; i < batch.Count; i++)
            {
                if (batch[i] is { Durability: SqliteDurability.Flushed, Failure: null } flushed)
                {
                    flusher.Add(flushed);
                }
                else
                {
                    batch[i].Finish();
                }
            }

            return (batch.Count, true);
        }
        catch (Exception exception)
        {
            // BEGIN waited too long for another process, or COMMIT failed: none of the batch was saved. Caught
            // whatever it is, because the loop must go on: every later write waits for it.
            FailAll(batch, start, exception);
            return (batch.Count, false);
        }
        finally
        {
            TryDispose(transaction);
        }
    }

    private static void TryDispose(SqliteTransaction? transaction)
    {
        try
        {
            // Rolls back what was not committed; after SQLite rolled back on its own there is nothing left to do.
            transaction?.Dispose();
        }
        catch (SqliteException)
        {
        }
    }

    private static bool TryUndo(SqliteKeptConnection writer, SqliteTransaction transaction)
    {
        if (SQLitePCL.raw.sqlite3_get_autocommit(writer.Connection.Handle) != 0)
        {
            return false;
        }

        try
        {
            writer.Statements.Execute(RollBack, transaction);
            writer.Statements.Execute(Release, transaction);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static void FailAll(List<QueuedWrite> batch, int start, Exception cause, int? upTo = null, bool settleLast = false)
    {
        var end = upTo ?? batch.Count;
        for (var i = start; i < end; i++)
        {
            batch[i].Fail(new InvalidOperationException($"The write was not saved: {cause.Message}", cause));
        }

        if (settleLast && upTo is { } last)
        {
            batch[last].Finish();
        }
    }
}
