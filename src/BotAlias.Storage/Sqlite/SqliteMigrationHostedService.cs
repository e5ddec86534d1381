using Microsoft.Extensions.Hosting;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Migrates the database while the host starts, before the web server takes requests;
/// a failure (such as a too-new schema) stops the host from starting.
/// </summary>
public sealed class SqliteMigrationHostedService(SqliteMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
