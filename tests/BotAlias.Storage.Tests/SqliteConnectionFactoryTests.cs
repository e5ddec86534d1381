using System.Diagnostics;
using BotAlias.Storage.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Tests;

public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Opening_creates_the_missing_data_folder_and_the_file()
    {
        Assert.False(Directory.Exists(_database.Folder));

        await using (await _database.CreateConnectionFactory().OpenAsync())
        {
        }

        Assert.True(File.Exists(_database.Options.DatabasePath));
    }

    [Fact]
    public async Task SQLites_own_short_waits_are_milliseconds_not_whole_seconds()
    {
        await using (await _database.CreateConnectionFactory().OpenAsync())
        {
        }

        // sqlite3_sleep reports what the VFS really slept: the bundled build's own sleep rounds up to 1000 ms,
        // which a reader retrying for a WAL read lock under load would wait in full.
        Assert.Equal(2, NativeMethods.sqlite3_sleep(2));
    }

    [Fact]
    public async Task Connections_use_wal_and_enforce_foreign_keys()
    {
        await using var connection = await _database.CreateConnectionFactory().OpenAsync();

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode;"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys;"));
    }

    [Fact]
    public async Task A_writer_waits_for_another_writers_lock_and_goes_on_soon_after_it_is_released()
    {
        var factory = _database.CreateConnectionFactory();
        await using var holder = await factory.OpenAsync();
        var lockHeld = holder.BeginTransaction(deferred: false);
        using var waiterStarted = new ManualResetEventSlim();

        var waiter = Task.Run(async () =>
        {
            await using var connection = await factory.OpenAsync();
            var startedAt = Stopwatch.GetTimestamp();
            waiterStarted.Set();
            using var transaction = connection.BeginTransaction(deferred: false);
            return Stopwatch.GetElapsedTime(startedAt);
        });
        Assert.True(waiterStarted.Wait(TimeSpan.FromSeconds(10)));
        // Blocking on purpose: a timer could fire late on a busy thread pool and blur the measurement.
        Thread.Sleep(TimeSpan.FromMilliseconds(150));
        Assert.False(waiter.IsCompleted);
        lockHeld.Commit();
        var waited = await waiter;

        // The bundled SQLite's own busy handler sleeps a whole second before its first retry.
        Assert.InRange(waited, TimeSpan.FromMilliseconds(140), TimeSpan.FromMilliseconds(700));
    }

    [Fact]
    public async Task A_writer_gives_up_with_database_locked_when_the_lock_outlasts_the_busy_timeout()
    {
        var options = new SqliteStorageOptions { DatabasePath = _database.Options.DatabasePath, BusyTimeout = TimeSpan.FromSeconds(1) };
        await using var holder = await new SqliteConnectionFactory(options).OpenAsync();
        using var lockHeld = holder.BeginTransaction(deferred: false);

        var waiting = Stopwatch.StartNew();
        var exception = await Assert.ThrowsAsync<SqliteException>(() => Task.Run(async () =>
        {
            await using var connection = await new SqliteConnectionFactory(options).OpenAsync();
            using var transaction = connection.BeginTransaction(deferred: false);
        }));

        Assert.Equal(5, exception.SqliteErrorCode); // SQLITE_BUSY
        Assert.InRange(waiting.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Options_without_a_path_are_refused_with_a_clear_message()
    {
        var exception = Assert.Throws<ArgumentException>(() => new SqliteConnectionFactory(new SqliteStorageOptions { DatabasePath = " " }));

        Assert.Contains("database file path", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_data_folder_option_puts_the_database_in_botalias_db()
    {
        var options = SqliteStorageOptions.ForDataFolder(Path.Combine("some", "folder"));

        Assert.Equal(Path.Combine("some", "folder", "botalias.db"), options.DatabasePath);
    }

    private static class NativeMethods
    {
        [System.Runtime.InteropServices.DllImport("e_sqlite3", CallingConvention = System.Runtime.InteropServices.CallingConvention.Cdecl, ExactSpelling = true)]
        [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.AssemblyDirectory | System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
        public static extern int sqlite3_sleep(int milliseconds);
    }
}
