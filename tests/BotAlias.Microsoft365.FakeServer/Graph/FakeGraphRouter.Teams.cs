using System.Text.Json.Nodes;

namespace BotAlias.Microsoft365.FakeServer.Graph;

public sealed partial class FakeGraphRouter
{
    private const string CatalogBindPrefix = "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/";

    /// <summary>
    /// GET/POST /users/{id}/teamwork/installedApps
    /// (https://learn.microsoft.com/graph/api/userteamwork-list-installedapps,
    /// https://learn.microsoft.com/graph/api/userteamwork-post-installedapps). The list shows teamsApp only when
    /// expanded; install binds the catalog app with <c>teamsApp@odata.bind</c>, answers 201 with no body, and 409
    /// when the app is already installed for the user.
    /// </summary>
    private FakeGraphResponse InstalledApps(FakeGraphRequest r, string idOrUpn, string method)
    {
        var user = RequireUser(idOrUpn);
        if (method == "GET")
        {
            FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadTeamsApps);
            var expand = r.Query.GetValueOrDefault("$expand");
            if (expand is not null and not "teamsApp")
            {
                throw FakeGraphException.Unsupported($"The fake expands teamsApp only, not '{expand}'.");
            }

            string? catalogFilter = null;
            if (r.Query.TryGetValue("$filter", out var filter))
            {
                var clauses = FakeODataFilter.Parse(filter);
                if (clauses.Count != 1 || clauses[0].IsAny || clauses[0].Property is not ("teamsApp/id" or "teamsApp/externalId"))
                {
                    throw FakeGraphException.Unsupported("The fake filters installed apps on teamsApp/id or teamsApp/externalId only.");
                }

                catalogFilter = clauses[0].Value;
            }

            var apps = user.InstalledTeamsApps
                .Where(a => catalogFilter is null || string.Equals(a.Value, catalogFilter, StringComparison.OrdinalIgnoreCase))
                .OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a =>
                {
                    var json = new JsonObject { ["id"] = a.Key };
                    if (expand is not null)
                    {
                        json["teamsApp"] = new JsonObject
                        {
                            ["id"] = a.Value,
                            ["externalId"] = a.Value,
                            ["displayName"] = "BotAlias",
                            ["distributionMethod"] = "organization",
                        };
                    }

                    return json;
                });
            return Page(r, apps, $"users('{user.Id}')/teamwork/installedApps", advanced: false);
        }

        if (method != "POST")
        {
            throw new FakeGraphException(405, "BadRequest", $"The HTTP method '{method}' is not allowed here.");
        }

        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.InstallTeamsApp);
        var body = ReadObject(r);
        RequireNoUnknown(body, "teamsApp@odata.bind", "consentedPermissionSet");
        var bind = ReadString(body["teamsApp@odata.bind"], "teamsApp@odata.bind");
        if (!bind.StartsWith(CatalogBindPrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new FakeGraphException(400, "BadRequest", $"teamsApp@odata.bind must be {CatalogBindPrefix}{{id}}.");
        }

        var catalogId = Uri.UnescapeDataString(bind[CatalogBindPrefix.Length..]);
        if (!string.Equals(catalogId, Tenant.TeamsCatalogAppId, StringComparison.OrdinalIgnoreCase))
        {
            throw new FakeGraphException(404, "NotFound", $"App with id {catalogId} is not found in the catalog.");
        }

        if (user.InstalledTeamsApps.ContainsValue(Tenant.TeamsCatalogAppId))
        {
            throw new FakeGraphException(409, "Conflict", "App is already installed for the user.");
        }

        user.InstalledTeamsApps[Guid.NewGuid().ToString("N")] = Tenant.TeamsCatalogAppId;
        return new FakeGraphResponse(201, null, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
    }
}
