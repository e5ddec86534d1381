namespace BotAlias.Storage.Sqlite;

/// <summary>Where the embedded SQLite database lives and how long a connection waits for a lock.</summary>
public sealed class SqliteStorageOptions
{
    public const string DefaultFileName = "botalias.db";

    /// <summary>Path of the database file; its folder is created when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>
    /// How long a statement waits for another connection's (or process's) write lock before failing.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public static SqliteStorageOptions ForDataFolder(string dataFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        return new SqliteStorageOptions { DatabasePath = Path.Combine(dataFolder, DefaultFileName) };
    }
}
