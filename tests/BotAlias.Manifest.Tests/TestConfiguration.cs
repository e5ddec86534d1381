using BotAlias.TestSupport;
using Microsoft.Extensions.Configuration;

namespace BotAlias.Manifest.Tests;

internal static class TestConfiguration
{
    public const string BotId = "6f1c2a9e-3b4d-4e8f-9a0b-1c2d3e4f5a6b";
    public const string TeamsAppId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    public static string RepositoryManifestFolder => Path.Combine(RepositoryRoot.Path, "manifest");

    public static IConfiguration Create(
        string? botId = BotId,
        string? teamsAppId = null,
        string? manifestFolder = null)
    {
        var values = new Dictionary<string, string?>
        {
            [TeamsAppIds.BotIdKey] = botId,
            [TeamsAppIds.TeamsAppIdKey] = teamsAppId,
            [ManifestFolder.ConfigurationKey] = manifestFolder ?? RepositoryManifestFolder,
        };
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
