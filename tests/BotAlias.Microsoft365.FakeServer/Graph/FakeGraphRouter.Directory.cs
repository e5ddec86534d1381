using System.Collections.Frozen;
using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Graph;

public sealed partial class FakeGraphRouter
{
    // https://learn.microsoft.com/graph/api/user-list: eq and any() filters are "default" queries, no ConsistencyLevel.
    private FakeGraphResponse ListUsers(FakeGraphRequest r)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadUsers);
        return List(r, Tenant.Users.Values, FakeGraphProperties.User, "user", FakeGraphProperties.UserDefault, "users", withType: false);
    }

    private FakeGraphResponse ListGroups(FakeGraphRequest r)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadGroups);
        return List(r, Tenant.Groups.Values, FakeGraphProperties.Group, "group", FakeGraphProperties.GroupDefault, "groups", withType: false);
    }

    private FakeGraphResponse ListContacts(FakeGraphRequest r)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadContacts);
        return List(r, Tenant.Contacts.Values, FakeGraphProperties.OrgContact, "orgContact", FakeGraphProperties.OrgContactDefault, "contacts", withType: false);
    }

    // https://learn.microsoft.com/graph/api/directory-deleteditems-list: the OData cast is required.
    private FakeGraphResponse ListDeleted(FakeGraphRequest r, string cast)
    {
        var (type, properties, defaults, permissions) = cast switch
        {
            "microsoft.graph.user" => ("user", FakeGraphProperties.User, FakeGraphProperties.UserDefault, FakeGraphPermissions.ReadDeletedUsers),
            "microsoft.graph.group" => ("group", FakeGraphProperties.Group, FakeGraphProperties.GroupDefault, FakeGraphPermissions.ReadDeletedGroups),
            _ => throw new FakeGraphException(400, "Request_BadRequest", $"The fake lists deleted users and groups only, not '{cast}'."),
        };
        FakeGraphPermissions.Require(r.Caller, permissions);
        var items = Tenant.DeletedItems.Where(d => string.Equals(d.ODataType, "#" + cast, StringComparison.OrdinalIgnoreCase));
        return List(r, items, properties, type, defaults, type + "s", withType: false);
    }

    private FakeGraphResponse List<T>(FakeGraphRequest r, IEnumerable<T> source, FrozenSet<string> properties, string type, IReadOnlyList<string> defaults, string context, bool withType)
        where T : FakeDirectoryObject
    {
        if (r.Query.ContainsKey("$expand"))
        {
            throw FakeGraphException.Unsupported("The fake expands only a single user's manager.");
        }

        var select = Select(r, properties, type) ?? defaults;
        var clauses = Filter(r, properties, type);
        var advanced = IsAdvancedQuery(r);
        var items = source.Where(o => Matches(o, clauses)).OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        return Page(r, items, o => FakeGraphJson.ToJson(o, select, withType), context, advanced);
    }

    // https://learn.microsoft.com/graph/api/user-get ({id | userPrincipalName}); $expand=manager per user-list-manager.
    private FakeGraphResponse GetUser(FakeGraphRequest r, string idOrUpn)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadUsers);
        if (r.Query.ContainsKey("$filter") || r.Query.ContainsKey("$top"))
        {
            throw new FakeGraphException(400, "BadRequest", "Query options $filter and $top apply to collections only.");
        }

        var user = RequireUser(idOrUpn);
        var select = Select(r, FakeGraphProperties.User, "user") ?? FakeGraphProperties.UserDefault;
        var json = FakeGraphJson.ToJson(user, select, withType: false);
        if (r.Query.TryGetValue("$expand", out var expand))
        {
            var managerSelect = ParseManagerExpand(expand);
            json["manager"] = user.ManagerId is { } managerId && Tenant.Users.TryGetValue(managerId, out var manager)
                ? FakeGraphJson.ToJson(manager, managerSelect, withType: true)
                : null;
        }

        json["@odata.context"] = $"{r.BaseUrl}v1.0/$metadata#users/$entity";
        return FakeGraphResponse.Json(200, json);
    }

    /// <summary><c>manager</c> or <c>manager($select=a,b)</c>; any other expansion is refused.</summary>
    private static string[] ParseManagerExpand(string expand)
    {
        if (expand == "manager")
        {
            return ["id"];
        }

        const string prefix = "manager($select=";
        if (!expand.StartsWith(prefix, StringComparison.Ordinal) || !expand.EndsWith(')'))
        {
            throw FakeGraphException.Unsupported($"The fake expands only manager, not '{expand}'.");
        }

        var names = expand[prefix.Length..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in names)
        {
            if (!FakeGraphProperties.User.Contains(name))
            {
                throw new FakeGraphException(400, "BadRequest", $"Parsing OData Select and Expand failed: Could not find a property named '{name}' on type 'microsoft.graph.directoryObject'.");
            }
        }

        return names;
    }

    // https://learn.microsoft.com/graph/api/user-list-manager: 404 when the user has no manager.
    private FakeGraphResponse GetManager(FakeGraphRequest r, string idOrUpn)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadUsers);
        var user = RequireUser(idOrUpn);
        if (user.ManagerId is null || !Tenant.Users.TryGetValue(user.ManagerId, out var manager))
        {
            throw FakeGraphException.NotFound("manager");
        }

        var select = Select(r, FakeGraphProperties.User, "user") ?? FakeGraphProperties.UserDefault;
        var json = FakeGraphJson.ToJson(manager, select, withType: true);
        json["@odata.context"] = $"{r.BaseUrl}v1.0/$metadata#directoryObjects/$entity";
        return FakeGraphResponse.Json(200, json);
    }

    // https://learn.microsoft.com/graph/api/user-list-directreports: directoryObjects, each with @odata.type.
    private FakeGraphResponse ListDirectReports(FakeGraphRequest r, string idOrUpn)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadUsers);
        var manager = RequireUser(idOrUpn);
        var select = Select(r, FakeGraphProperties.User, "user") ?? ["id"];
        var reports = Tenant.Users.Values
            .Where(u => string.Equals(u.ManagerId, manager.Id, StringComparison.OrdinalIgnoreCase))
            .OrderBy(u => u.Id, StringComparer.Ordinal)
            .Select(u => FakeGraphJson.ToJson(u, select, withType: true));
        return Page(r, reports, "directoryObjects", advanced: false);
    }

    private FakeGraphResponse GetGroup(FakeGraphRequest r, string id)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadGroups);
        var group = Tenant.Groups.GetValueOrDefault(id) ?? throw FakeGraphException.NotFound(id);
        var json = FakeGraphJson.ToJson(group, Select(r, FakeGraphProperties.Group, "group") ?? FakeGraphProperties.GroupDefault, withType: false);
        json["@odata.context"] = $"{r.BaseUrl}v1.0/$metadata#groups/$entity";
        return FakeGraphResponse.Json(200, json);
    }

    private FakeGraphResponse GetContact(FakeGraphRequest r, string id)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadContacts);
        var contact = Tenant.Contacts.GetValueOrDefault(id) ?? throw FakeGraphException.NotFound(id);
        var json = FakeGraphJson.ToJson(contact, Select(r, FakeGraphProperties.OrgContact, "orgContact") ?? FakeGraphProperties.OrgContactDefault, withType: false);
        json["@odata.context"] = $"{r.BaseUrl}v1.0/$metadata#contacts/$entity";
        return FakeGraphResponse.Json(200, json);
    }

    /// <summary>
    /// Direct members, each with <c>@odata.type</c>. Filtering them is an advanced query
    /// (https://learn.microsoft.com/graph/api/group-list-members: "ConsistencyLevel ... and $count are required
    /// when using the $search, $filter, $orderby, or OData cast query parameters").
    /// </summary>
    private FakeGraphResponse ListMembers(FakeGraphRequest r, string groupId)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadGroupMembers);
        var group = Tenant.Groups.GetValueOrDefault(groupId) ?? throw FakeGraphException.NotFound(groupId);
        var advanced = IsAdvancedQuery(r);
        if (r.Query.ContainsKey("$filter") && !advanced)
        {
            throw FakeGraphException.Unsupported("Filtering group members needs the ConsistencyLevel: eventual header and $count=true.");
        }

        var select = Select(r, FakeGraphProperties.DirectoryObject, "directoryObject") ?? ["id"];
        var clauses = Filter(r, FakeGraphProperties.DirectoryObject, "directoryObject");
        var members = group.MemberIds
            .Select(id => Tenant.FindLiveById(id))
            .OfType<FakeDirectoryObject>()
            .Where(o => Matches(o, clauses))
            .OrderBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => FakeGraphJson.ToJson(o, select.Where(p => FakeGraphJson.TypeOf(o).Properties.Contains(p)), withType: true));
        return Page(r, members, "directoryObjects", advanced);
    }

    /// <summary>
    /// GET /groups/{id}/transitiveMembers/microsoft.graph.user (https://learn.microsoft.com/graph/api/group-list-transitivemembers):
    /// the users among the members, nested groups followed, each once. The OData cast is an advanced query
    /// (https://learn.microsoft.com/graph/aad-advanced-queries), so the fake asks for ConsistencyLevel and $count.
    /// </summary>
    private FakeGraphResponse ListTransitiveMembers(FakeGraphRequest r, string groupId, string cast)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadGroupMembers);
        if (cast != "microsoft.graph.user")
        {
            throw FakeGraphException.Unsupported($"The fake casts transitive members to microsoft.graph.user only, not '{cast}'.");
        }

        var group = Tenant.Groups.GetValueOrDefault(groupId) ?? throw FakeGraphException.NotFound(groupId);
        if (!IsAdvancedQuery(r))
        {
            throw new FakeGraphException(400, "Request_UnsupportedQuery", "An OData cast on transitiveMembers needs the ConsistencyLevel: eventual header and $count=true.");
        }

        var select = Select(r, FakeGraphProperties.User, "user") ?? FakeGraphProperties.UserDefault;
        var users = new Dictionary<string, FakeUser>(StringComparer.OrdinalIgnoreCase);
        var seenGroups = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { group.Id };
        var pending = new Queue<FakeGroup>([group]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var id in current.MemberIds)
            {
                if (Tenant.Users.TryGetValue(id, out var user))
                {
                    users.TryAdd(user.Id, user);
                }
                else if (Tenant.Groups.TryGetValue(id, out var nested) && seenGroups.Add(nested.Id))
                {
                    pending.Enqueue(nested);
                }
            }
        }

        var ordered = users.Values.OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        return Page(r, ordered, u => FakeGraphJson.ToJson(u, select, withType: true), "users", advanced: true);
    }

    // https://learn.microsoft.com/graph/api/domain-list
    private FakeGraphResponse ListDomains(FakeGraphRequest r)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadDomains);
        if (r.Query.Keys.Any(k => k.StartsWith('$') && k != "$skiptoken"))
        {
            throw FakeGraphException.Unsupported("The fake lists domains without query options.");
        }

        var domains = Tenant.Domains.OrderBy(d => d.Id, StringComparer.OrdinalIgnoreCase).Select(d => new JsonObject
        {
            ["authenticationType"] = "Managed",
            ["availabilityStatus"] = null,
            ["id"] = d.Id,
            ["isAdminManaged"] = true,
            ["isDefault"] = d.IsDefault,
            ["isInitial"] = d.IsInitial,
            ["isRoot"] = true,
            ["isVerified"] = d.IsVerified,
            ["supportedServices"] = new JsonArray([.. d.SupportedServices.Select(s => JsonValue.Create(s))]),
        });
        return Page(r, domains, "domains", advanced: false);
    }
}
