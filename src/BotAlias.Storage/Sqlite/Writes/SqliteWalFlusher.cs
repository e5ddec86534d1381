using System.Threading.Channels;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Flushes the WAL to the disk for the committed writes that asked for it (<see cref="SqliteDurability.Flushed"/>),
/// off the write queue's loop, and tells their callers afterwards. One flush serves every write that was committed
/// before it began; those committed while it runs wait for the next.
/// </summary>
/// <remarks>
/// <para>
/// Why not <c>synchronous = FULL</c> for the batch: then SQLite flushes inside the commit, on the one loop every
/// write waits for. Under load the outbox leased several times a second, and the flushes took 2.1 s of every 8 s
/// of the writer's time (bench/load, perf on fsync; up to 14 ms each here, 20-40 ms while a checkpoint also flushes).
/// </para>
/// <para>
/// Why flushing the WAL file afterwards gives the same guarantee: a commit is in the WAL once its write calls
/// return, and a flush of the file, through any handle, writes out everything written to it before. Should SQLite
/// start the WAL over in between, it has first copied those pages into the database file and flushed that.
/// </para>
/// </remarks>
internal sealed class SqliteWalFlusher(Func<CancellationToken, Task> flush) : IAsyncDisposable
{
    private readonly Channel<QueuedWrite> _waiting = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly BackgroundLoop _loop = new();

    /// <summary>Flushes <paramref name="walPath"/>, SQLite's WAL beside the database file.</summary>
    public static SqliteWalFlusher ForFile(string walPath) => new(_ => FlushFile(walPath));

    /// <summary>A committed write whose caller is told once the WAL is on the disk.</summary>
    public void Add(QueuedWrite write)
    {
        if (!_waiting.Writer.TryWrite(write))
        {
            write.Fail(new InvalidOperationException("The write was saved, but the database closed before it was flushed to the disk."));
            return;
        }

        _loop.EnsureStarted(RunAsync);
    }

    /// <summary>Flushes for the writes still waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _loop.EndedAsync();
    }

    private static Task FlushFile(string walPath)
    {
        try
        {
            // Opened for writing only because flushing needs it; nothing is written. SQLite keeps no locks on the WAL
            // file itself (they are on the database and -shm files), so this handle's closing releases none of them.
            using var wal = new FileStream(walPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            wal.Flush(flushToDisk: true);
        }
        catch (FileNotFoundException)
        {
            // No WAL: SQLite folded it into the database file, and flushed that, when its last connection closed.
        }

        return Task.CompletedTask;
    }

    private async Task RunAsync()
    {
        var flushing = new List<QueuedWrite>();
        while (await _waiting.Reader.WaitToReadAsync())
        {
            flushing.Clear();
            while (_waiting.Reader.TryRead(out var write))
            {
                flushing.Add(write);
            }

            Exception? failure = null;
            try
            {
                await flush(CancellationToken.None);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                failure = new InvalidOperationException($"The write was saved, but flushing it to the disk failed: {exception.Message}", exception);
            }

            foreach (var write in flushing)
            {
                if (failure is null)
                {
                    write.Finish();
                }
                else
                {
                    write.Fail(failure);
                }
            }
        }
    }
}
