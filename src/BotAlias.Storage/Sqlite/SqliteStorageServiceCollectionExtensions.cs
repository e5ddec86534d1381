using BotAlias.BotFramework.State;
using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Outbox;
using BotAlias.Core.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BotAlias.Storage.Sqlite;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Stores the bot's data in an SQLite file and migrates it while the host starts.
    /// Uses the registered <see cref="TimeProvider"/>, or <see cref="TimeProvider.System"/> when there is none.
    /// </summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);

        // Fail while configuring the host, not on the first request.
        var connectionFactory = new SqliteConnectionFactory(options);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        // Registered through a factory so the container disposes it: queued writes are run and the writer's
        // connection closed when the host stops.
        services.AddSingleton(_ => connectionFactory);
        services.AddSingleton(provider => new SqliteMigrator(
            connectionFactory,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<SqliteMigrator>>()));
        services.AddSingleton<IConversationReferenceStore>(provider =>
            new SqliteConversationReferenceStore(connectionFactory, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IBotStateStore>(provider =>
            new SqliteBotStateStore(connectionFactory, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAliasRequestStore>(provider =>
            new SqliteAliasRequestStore(connectionFactory, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IOffboardingRequestStore>(provider =>
            new SqliteOffboardingRequestStore(connectionFactory, provider.GetRequiredService<TimeProvider>()));
        // The offboarding validator's conflict check reads the same store.
        services.AddSingleton<IOpenOffboardingRequests>(provider => provider.GetRequiredService<IOffboardingRequestStore>());
        services.AddSingleton<IBulkRunStore>(provider =>
            new SqliteBulkRunStore(connectionFactory, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAuditLog>(new SqliteAuditLog(connectionFactory));
        services.AddSingleton<IOutbox>(provider =>
            new SqliteOutbox(connectionFactory, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAddressHoldback>(provider =>
            new SqliteAddressHoldback(connectionFactory, provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<SqliteMigrationHostedService>();
        return services;
    }

    /// <summary>Stores the bot's data in <c>&lt;dataFolder&gt;/botalias.db</c>.</summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, string dataFolder) =>
        services.AddSqliteStorage(SqliteStorageOptions.ForDataFolder(dataFolder));
}
