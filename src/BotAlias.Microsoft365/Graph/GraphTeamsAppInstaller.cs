using BotAlias.Core.Administration;
using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Graph;

/// <summary>Installs the bot in a user's personal scope so it can start a chat with them.</summary>
/// <param name="catalogAppId">The app's id in the organisation's Teams app catalog (teamsApp <c>id</c>, not the manifest id).</param>
public sealed class GraphTeamsAppInstaller(GraphClient client, string catalogAppId) : ITeamsAppInstaller
{
    public async Task<bool> EnsureInstalledForUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogAppId);
        if ((await client.GetInstalledAppsAsync(userId, catalogAppId, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return false;
        }

        var installedNow = await client.InstallAppAsync(userId, catalogAppId, cancellationToken).ConfigureAwait(false);
        if ((await client.GetInstalledAppsAsync(userId, catalogAppId, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            throw new GraphServiceException($"Microsoft Graph accepted installing Teams app {catalogAppId} for user {userId}, but it is not listed afterwards.");
        }

        return installedNow;
    }
}
