using BotAlias.Bot;
using BotAlias.BotFramework.Hosting;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Directory;
using BotAlias.Features.AliasRequests;
using BotAlias.Features.AuditExport;
using BotAlias.Features.Bulk;
using BotAlias.Features.Help;
using BotAlias.Features.Lookup;
using BotAlias.Features.Offboarding;
using BotAlias.Features.People;
using BotAlias.Features.SelfService;
using BotAlias.Outbox;
using BotAlias.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BotAlias.Hosting;

public static class BotAliasServiceCollectionExtensions
{
    public static IServiceCollection AddBotAlias(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAliasOptions>().Bind(configuration.GetSection(BotAliasOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAliasOptions>, BotAliasOptionsValidator>();
        services.AddBotFramework(configuration);
        services.AddHostedService<AnonymousModeWarning>();

        var botAliasOptions = configuration.GetSection(BotAliasOptions.Section).Get<BotAliasOptions>() ?? new BotAliasOptions();
        var dataFolder = botAliasOptions.ResolvedDataFolder;
        services.AddSqliteStorage(dataFolder);
        // Keys that seal values the bot round-trips through cards; kept with the data so they survive restarts.
        services.AddDataProtection()
            .SetApplicationName("BotAlias")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        services.AddDirectory(configuration, botAliasOptions);
        services.AddSingleton<BotAliasMetrics>();
        services.AddBotAliasHealthChecks();

        services.AddOptions<PeopleOptions>().Bind(configuration.GetSection(PeopleOptions.Section));
        services.AddSingleton<ActorResolver>();
        services.AddOptions<OutboxWorkerOptions>()
            .Bind(configuration.GetSection(OutboxWorkerOptions.Section))
            .Validate(o => o.Concurrency is >= 1 and <= 64, "Outbox:Concurrency must be between 1 and 64: the number of queued messages run at the same time.")
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());

        services.AddSingleton<IActivityHandler, BotAliasActivityHandler>();
        services.AddHelpFeature();
        services.AddAliasRequestFeature(configuration);
        services.AddSelfServiceFeature();
        services.AddLookupFeature();
        services.AddAuditExportFeature(configuration);
        services.AddOffboardingFeature(configuration);
        services.AddBulkFeature(configuration);
        return services;
    }
}
