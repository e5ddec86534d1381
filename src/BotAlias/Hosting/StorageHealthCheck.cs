using BotAlias.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BotAlias.Hosting;

/// <summary>
/// Readiness of the SQLite database: opens the file and reads the migration table. Its own
/// connection, unpooled and without "create": a pooled connection would keep answering from a file
/// that was deleted or replaced, and a probe must never create an empty database in its place.
/// </summary>
public sealed class StorageHealthCheck(SqliteConnectionFactory connections, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    public const string Name = "storage";

    private static readonly Lazy<bool> NativeLibrary = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        _ = NativeLibrary.Value;
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = connections.DatabasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 2,
        }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM schema_migrations;";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("the database answers");
        }
        catch (SqliteException ex)
        {
            // The detail (and the file's path) is for the log; the probe's caller gets a short reason.
            logger.LogWarning(ex, "Readiness: the database {Database} cannot be read", connections.DatabasePath);
            return HealthCheckResult.Unhealthy("the database cannot be read");
        }
    }
}
