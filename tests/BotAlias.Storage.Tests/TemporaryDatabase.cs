using BotAlias.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace BotAlias.Storage.Tests;

/// <summary>A database file in a fresh temporary folder, deleted with the folder when the test ends.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    public TemporaryDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "botalias-storage-tests", Guid.NewGuid().ToString("N"));
        Options = SqliteStorageOptions.ForDataFolder(Path.Combine(Folder, "data"));
    }

    public string Folder { get; }

    public SqliteStorageOptions Options { get; }

    public SqliteConnectionFactory CreateConnectionFactory() => new(Options);

    public async Task<SqliteConnectionFactory> CreateMigratedAsync()
    {
        var factory = CreateConnectionFactory();
        await new SqliteMigrator(factory).MigrateAsync();
        return factory;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
