using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Reader connections kept open with their compiled statements, for the reads every submit makes. A connection
/// from Microsoft.Data.Sqlite's own pool loses its commands when it is closed, so each read compiled its SQL again.
/// </summary>
/// <remarks>
/// <para>
/// Measured on the alias submit (bench/load, 50 callers): compiling the three reads of each submit was about a
/// twentieth of the bot's CPU, and opening a pooled connection for each another fiftieth.
/// </para>
/// <para>
/// At most <see cref="Capacity"/> connections are kept; a read that finds none free opens another, which is closed
/// after it if the pool is full. A connection whose read failed is closed rather than kept, so a broken one never
/// comes back.
/// </para>
/// </remarks>
internal sealed class SqliteReaderPool(Func<CancellationToken, Task<SqliteConnection>> open, int capacity) : IAsyncDisposable
{
    private readonly ConcurrentBag<SqliteKeptConnection> _idle = [];
    private int _idleCount;
    private volatile bool _disposed;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The reader pool needs room for one connection at least.");

    /// <summary>How many connections wait for a read now.</summary>
    public int IdleCount => Volatile.Read(ref _idleCount);

    public async Task<T> ReadAsync<T>(Func<SqliteRead, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var connection = TryRent() ?? new SqliteKeptConnection(await open(cancellationToken));
        T result;
        try
        {
            result = await work(new SqliteRead(connection.Statements), cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await ReturnAsync(connection);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (TryRent() is { } connection)
        {
            await connection.DisposeAsync();
        }
    }

    private SqliteKeptConnection? TryRent()
    {
        if (!_idle.TryTake(out var connection))
        {
            return null;
        }

        Interlocked.Decrement(ref _idleCount);
        return connection;
    }

    private async ValueTask ReturnAsync(SqliteKeptConnection connection)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > Capacity)
        {
            if (!_disposed)
            {
                Interlocked.Decrement(ref _idleCount);
            }

            await connection.DisposeAsync();
            return;
        }

        _idle.Add(connection);

        // Disposal may have emptied the pool between the check and the add: close what it missed.
        if (_disposed)
        {
            await DisposeAsync();
        }
    }
}
