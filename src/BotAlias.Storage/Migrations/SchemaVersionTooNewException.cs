namespace BotAlias.Storage.Migrations;

/// <summary>
/// The database was migrated by a newer build than this one (typically the binary was rolled back).
/// Starting anyway could corrupt data whose shape this build does not understand.
/// </summary>
public sealed class SchemaVersionTooNewException : InvalidOperationException
{
    public SchemaVersionTooNewException()
    {
    }

    public SchemaVersionTooNewException(string message)
        : base(message)
    {
    }

    public SchemaVersionTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SchemaVersionTooNewException(string database, long databaseVersion, long newestKnownVersion)
        : base(
            $"The database '{database}' has schema version {databaseVersion}, but this build of BotAlias only knows " +
            $"migrations up to version {newestKnownVersion}. It was probably upgraded by a newer BotAlias and the " +
            "binary has since been rolled back. Refusing to start so the newer data is not damaged: run the newer " +
            "BotAlias again, or restore a backup of the database taken before the upgrade.")
    {
        Database = database;
        DatabaseVersion = databaseVersion;
        NewestKnownVersion = newestKnownVersion;
    }

    public string? Database { get; }

    public long DatabaseVersion { get; }

    public long NewestKnownVersion { get; }
}
