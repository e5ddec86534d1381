using BotAlias.Directory.DemoTenant;
using BotAlias.Hosting;

namespace BotAlias.Cli;

/// <summary><c>reset-demo</c>: puts the demo tenant back to its seed. Run it with the bot stopped.</summary>
public static class ResetDemoCommand
{
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output)
    {
        var options = configuration.GetSection(BotAliasOptions.Section).Get<BotAliasOptions>() ?? new BotAliasOptions();
        var path = await DemoTenantDirectory.ResetDataFolderAsync(new DemoTenantOptions { DataFolder = options.ResolvedDataFolder });
        await output.WriteLineAsync($"The demo tenant is back to its seed: {path}");
        return 0;
    }
}
