using BotAlias.Core.Administration;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant;
using BotAlias.Microsoft365;

namespace BotAlias.Hosting;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// Every directory port from the adapter <c>BotAlias:Directory</c> names: the demo tenant in this process,
    /// or Microsoft Graph with Exchange Online. Features see only the ports, never which adapter answers.
    /// </summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services, IConfiguration configuration, BotAliasOptions options)
    {
        if (options.Directory == DirectoryProvider.Microsoft365)
        {
            return services.AddMicrosoft365Directory(configuration);
        }

        services.AddSingleton(_ => new DemoTenantDirectory(new DemoTenantOptions { DataFolder = options.ResolvedDataFolder }));
        services.AddSingleton<IDirectory>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<IMailProvisioner>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<IMailboxAdministration>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<IMailContactAdministration>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<IMailFlowPolicy>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<IMailboxSettings>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<IAccountAdministration>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<ITeamsAppInstaller>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<IBulkDirectoryReader>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<IBulkAddressWriter>(sp => sp.GetRequiredService<DemoTenantDirectory>());
        services.AddSingleton<IDirectoryProbe, InProcessDirectoryProbe>();
        return services;
    }
}
