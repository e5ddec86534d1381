using BotAlias.Storage.Migrations;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Brings the database schema up to the newest migration this build knows.
/// Each migration runs in its own BEGIN IMMEDIATE transaction: a second process starting at the same
/// time waits for the write lock, then finds the version recorded and skips it.
/// </summary>
public sealed class SqliteMigrator
{
    private const string CreateHistoryTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    private readonly SqliteConnectionFactory _connectionFactory;
    private readonly IReadOnlyList<Migration> _migrations;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public SqliteMigrator(
        SqliteConnectionFactory connectionFactory,
        TimeProvider? timeProvider = null,
        ILogger<SqliteMigrator>? logger = null)
        : this(connectionFactory, SqliteMigrations.All, timeProvider, logger)
    {
    }

    /// <param name="migrations">The migrations to apply; validated to be numbered 1, 2, 3... without gaps.</param>
    public SqliteMigrator(
        SqliteConnectionFactory connectionFactory,
        IEnumerable<Migration> migrations,
        TimeProvider? timeProvider = null,
        ILogger<SqliteMigrator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(connectionFactory);
        ArgumentNullException.ThrowIfNull(migrations);
        _connectionFactory = connectionFactory;
        _migrations = MigrationCatalog.Validate(migrations, "SQLite migrations");
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<SqliteMigrator>.Instance;
    }

    public int NewestKnownVersion => _migrations[^1].Version;

    /// <summary>Applies the migrations the database lacks and returns those this call applied.</summary>
    /// <exception cref="SchemaVersionTooNewException">The database was migrated by a newer build.</exception>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);

        // A no-op (and no write lock) once the table exists; the read needs no lock in WAL mode.
        await connection.ExecuteAsync(new CommandDefinition(CreateHistoryTableSql, cancellationToken: cancellationToken));
        var applied = await ReadAppliedVersionsAsync(connection, transaction: null, cancellationToken);

        var appliedNow = new List<Migration>();
        foreach (var migration in _migrations)
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            using var transaction = connection.BeginTransaction(deferred: false);

            // Re-read under the write lock: another process may have applied it while we waited.
            applied = await ReadAppliedVersionsAsync(connection, transaction, cancellationToken);
            if (applied.Contains(migration.Version))
            {
                transaction.Rollback();
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);",
                new { migration.Version, migration.Name, AppliedAt = SqliteTimestamp.ToText(_timeProvider.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken));
            transaction.Commit();

            appliedNow.Add(migration);
            _logger.LogInformation(
                "Applied SQLite migration {Version} ({Name}) to {Database}",
                migration.Version,
                migration.Name,
                _connectionFactory.DatabasePath);
        }

        _logger.LogDebug("SQLite database {Database} is at schema version {Version}", _connectionFactory.DatabasePath, NewestKnownVersion);
        return appliedNow.AsReadOnly();
    }

    private async Task<HashSet<long>> ReadAppliedVersionsAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        CancellationToken cancellationToken)
    {
        var versions = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations;",
            transaction: transaction,
            cancellationToken: cancellationToken))).ToHashSet();

        if (versions.Count > 0 && versions.Max() > NewestKnownVersion)
        {
            throw new SchemaVersionTooNewException(_connectionFactory.DatabasePath, versions.Max(), NewestKnownVersion);
        }

        return versions;
    }
}
