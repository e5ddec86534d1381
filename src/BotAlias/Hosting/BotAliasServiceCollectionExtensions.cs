using BotAlias.Bot;
using BotAlias.BotFramework.Hosting;
using BotAlias.BotFramework.Turns;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant;
using BotAlias.Features.Help;
using BotAlias.Storage.Sqlite;
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

        var dataFolder = (configuration.GetSection(BotAliasOptions.Section).Get<BotAliasOptions>() ?? new BotAliasOptions()).ResolvedDataFolder;
        services.AddSqliteStorage(dataFolder);
        services.AddSingleton(_ => new DemoTenantDirectory(new DemoTenantOptions { DataFolder = dataFolder }));
        services.AddSingleton<IDirectory>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<IMailProvisioner>(sp => sp.GetRequiredService<DemoTenantDirectory>());

        services.AddSingleton<IActivityHandler, BotAliasActivityHandler>();
        services.AddHelpFeature();
        return services;
    }
}
