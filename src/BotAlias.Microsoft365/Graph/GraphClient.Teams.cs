using System.Net;
using BotAlias.Microsoft365.Graph.Wire;
using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Graph;

public sealed partial class GraphClient
{
    /// <summary>
    /// The user's installations of one catalog app (https://learn.microsoft.com/graph/api/userteamwork-list-installedapps),
    /// expanded to the app so the catalog id can be checked.
    /// </summary>
    public async Task<IReadOnlyList<TeamsAppInstallationResource>> GetInstalledAppsAsync(string userId, string catalogAppId, CancellationToken cancellationToken = default)
    {
        var filter = Query($"teamsApp/id eq {ODataFilter.Literal(catalogAppId)}");
        var installed = await GetAllPagesAsync(
            Url($"users/{Segment(userId)}/teamwork/installedApps?$expand=teamsApp&$filter={filter}"),
            GraphJsonContext.Default.CollectionPageTeamsAppInstallationResource,
            GraphOperation.ReadTeamsApps,
            Describe("Teams apps of user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false) ?? [];
        return installed.Where(i => string.Equals(i.TeamsApp?.Id, catalogAppId, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>
    /// Installs the catalog app for the user (https://learn.microsoft.com/graph/api/userteamwork-post-installedapps).
    /// Graph answers 409 Conflict when it is already installed: that counts as done.
    /// </summary>
    /// <returns>False when Graph said it was installed already.</returns>
    public async Task<bool> InstallAppAsync(string userId, string catalogAppId, CancellationToken cancellationToken = default)
    {
        var body = new TeamsAppInstallRequest { TeamsAppBind = $"https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{Segment(catalogAppId)}" };
        try
        {
            using var response = await SendAsync(
                HttpMethod.Post,
                Url($"users/{Segment(userId)}/teamwork/installedApps"),
                Body(body, GraphJsonContext.Default.TeamsAppInstallRequest),
                GraphOperation.InstallTeamsApp,
                Describe("Teams apps of user", userId),
                notFoundIsNull: false,
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (GraphServiceException e) when (e.StatusCode == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }
}
