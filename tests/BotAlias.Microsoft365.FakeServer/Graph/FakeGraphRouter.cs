using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>
/// Answers one Graph v1.0 request against the fake tenant: for a plain HTTP request and for each entry of a
/// <c>$batch</c> alike. It checks what arrives (property names, filter syntax, headers, permissions) and answers in
/// Graph's documented shapes; everything it does not implement is refused rather than guessed.
/// </summary>
public sealed partial class FakeGraphRouter(FakeMicrosoft365Server server)
{
    private const int GraphDefaultPageSize = 100;

    private FakeTenant Tenant => server.Tenant;

    public FakeGraphResponse Handle(FakeGraphRequest request)
    {
        try
        {
            lock (Tenant.Gate)
            {
                return Route(request);
            }
        }
        catch (FakeGraphException e)
        {
            return FakeGraphResponse.Error(e.Status, e.Code, e.Message);
        }
        catch (JsonException e)
        {
            return FakeGraphResponse.Error(400, "BadRequest", "Unable to read JSON request payload. " + e.Message);
        }
    }

    private FakeGraphResponse Route(FakeGraphRequest r)
    {
        RefuseUnsupportedOptions(r);
        var s = r.Segments;
        var method = r.Method.ToUpperInvariant();
        return (s.Count, s.ElementAtOrDefault(0), method) switch
        {
            (1, "users", "GET") => ListUsers(r),
            (2, "users", "GET") => GetUser(r, s[1]),
            (2, "users", "PATCH") => PatchUser(r, s[1]),
            (3, "users", _) => UserChild(r, s[1], s[2], method),
            (5, "users", _) when s[2] == "mailFolders" && s[4] == "messageRules" => MessageRules(r, s[1], s[3], method),
            (6, "users", "DELETE") when s[2] == "mailFolders" && s[4] == "messageRules" => DeleteMessageRule(r, s[1], s[3], s[5]),
            (4, "users", _) when s[2] == "teamwork" && s[3] == "installedApps" => InstalledApps(r, s[1], method),
            (1, "groups", "GET") => ListGroups(r),
            (2, "groups", "GET") => GetGroup(r, s[1]),
            (3, "groups", "GET") when s[2] == "members" => ListMembers(r, s[1]),
            (4, "groups", "GET") when s[2] == "transitiveMembers" => ListTransitiveMembers(r, s[1], s[3]),
            (1, "contacts", "GET") => ListContacts(r),
            (2, "contacts", "GET") => GetContact(r, s[1]),
            (1, "domains", "GET") => ListDomains(r),
            (3, "directory", "GET") when s[1] == "deletedItems" => ListDeleted(r, s[2]),
            (_, _, "GET" or "POST" or "PATCH" or "DELETE") => throw new FakeGraphException(400, "BadRequest", $"Resource not found for the segment '{(s.Count > 0 ? s[^1] : string.Empty)}'."),
            _ => throw new FakeGraphException(405, "BadRequest", $"The HTTP method '{r.Method}' is not allowed here."),
        };
    }

    private FakeGraphResponse UserChild(FakeGraphRequest r, string user, string child, string method) => (child, method) switch
    {
        ("manager", "GET") => GetManager(r, user),
        ("directReports", "GET") => ListDirectReports(r, user),
        ("revokeSignInSessions", "POST") => RevokeSessions(r, user),
        ("mailboxSettings", "GET") => GetMailboxSettings(r, user),
        ("mailboxSettings", "PATCH") => PatchMailboxSettings(r, user),
        ("licenseDetails", "GET") => ListLicenseDetails(r, user),
        ("assignLicense", "POST") => AssignLicense(r, user),
        _ => throw new FakeGraphException(400, "BadRequest", $"Resource not found for the segment '{child}'."),
    };

    /// <summary>Options the fake does not implement are refused, so a client relying on them fails here first.</summary>
    private static void RefuseUnsupportedOptions(FakeGraphRequest r)
    {
        foreach (var name in r.Query.Keys.Where(k => k.StartsWith('$')))
        {
            if (name is not ("$select" or "$filter" or "$top" or "$skiptoken" or "$expand" or "$count"))
            {
                throw FakeGraphException.Unsupported($"The fake does not implement {name}.");
            }
        }
    }

    /// <summary>
    /// <c>$count</c> on directory objects is an advanced query: it needs <c>ConsistencyLevel: eventual</c>
    /// (https://learn.microsoft.com/graph/aad-advanced-queries).
    /// </summary>
    private static bool IsAdvancedQuery(FakeGraphRequest r)
    {
        var eventual = string.Equals(r.Header("ConsistencyLevel"), "eventual", StringComparison.OrdinalIgnoreCase);
        var count = r.Query.TryGetValue("$count", out var c) && string.Equals(c, "true", StringComparison.OrdinalIgnoreCase);
        if (count && !eventual)
        {
            throw new FakeGraphException(400, "Request_BadRequest", "$count is not currently supported without the ConsistencyLevel header set to eventual.");
        }

        return count && eventual;
    }

    /// <summary>The <c>$select</c> list, each name checked against the type's properties; null when absent.</summary>
    private static List<string>? Select(FakeGraphRequest r, FrozenSet<string> properties, string type)
    {
        if (!r.Query.TryGetValue("$select", out var select))
        {
            return null;
        }

        var names = select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            throw new FakeGraphException(400, "BadRequest", "$select is empty.");
        }

        foreach (var name in names)
        {
            if (!properties.Contains(name))
            {
                throw new FakeGraphException(400, "BadRequest", $"Parsing OData Select and Expand failed: Could not find a property named '{name}' on type 'microsoft.graph.{type}'.");
            }
        }

        return names.Select(n => FakeGraphProperties.Canonical(properties, n)).ToList();
    }

    /// <summary>
    /// The filter's clauses, each on a known property of the type and of a form the fake evaluates:
    /// <c>proxyAddresses/any(x:x eq '...')</c>, or <c>eq</c> on id, mail, userPrincipalName or displayName.
    /// </summary>
    private static IReadOnlyList<FakeODataClause>? Filter(FakeGraphRequest r, FrozenSet<string> properties, string type)
    {
        if (!r.Query.TryGetValue("$filter", out var filter))
        {
            return null;
        }

        var clauses = FakeODataFilter.Parse(filter);
        foreach (var clause in clauses)
        {
            if (!properties.Contains(clause.Property))
            {
                throw FakeGraphException.UnknownProperty(clause.Property, type);
            }

            var supported = clause.IsAny
                ? string.Equals(clause.Property, "proxyAddresses", StringComparison.OrdinalIgnoreCase)
                : clause.Property.ToUpperInvariant() is "ID" or "MAIL" or "USERPRINCIPALNAME" or "DISPLAYNAME";
            if (!supported)
            {
                throw FakeGraphException.Unsupported($"The fake does not evaluate filters on {clause.Property}.");
            }
        }

        return clauses;
    }

    private static bool Matches(FakeDirectoryObject o, IReadOnlyList<FakeODataClause>? clauses) =>
        clauses is null || clauses.Any(c => Matches(o, c));

    private static bool Matches(FakeDirectoryObject o, FakeODataClause c)
    {
        if (c.IsAny)
        {
            // Graph does not document whether the prefix in this lambda compares with case; the fake is strict
            // (prefix exact, address without case), so a client must ask for both "SMTP:" and "smtp:".
            var colon = c.Value.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return false;
            }

            var prefix = c.Value[..(colon + 1)];
            var value = c.Value[(colon + 1)..];
            return o.ProxyAddresses.Any(p => p.StartsWith(prefix, StringComparison.Ordinal)
                && string.Equals(p[prefix.Length..], value, StringComparison.OrdinalIgnoreCase));
        }

        var actual = c.Property.ToUpperInvariant() switch
        {
            "ID" => o.Id,
            "MAIL" => o.Mail,
            "DISPLAYNAME" => o.DisplayName,
            "USERPRINCIPALNAME" => o switch
            {
                FakeUser u => u.UserPrincipalName,
                FakeDeletedObject d => d.UserPrincipalName,
                _ => null,
            },
            _ => null,
        };
        return string.Equals(actual, c.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A page of a collection: at most <see cref="FakeMicrosoft365Server.PageSize"/> items (or <c>$top</c>), then an
    /// absolute <c>@odata.nextLink</c> carrying the whole original query and an opaque <c>$skiptoken</c>
    /// (https://learn.microsoft.com/graph/paging).
    /// </summary>
    private FakeGraphResponse Page(FakeGraphRequest r, IEnumerable<JsonObject> items, string context, bool advanced) =>
        Page(r, items.ToList(), item => item, context, advanced);

    /// <summary>As above, projecting only the page's objects to JSON, so listing 10,000 users a page at a time stays cheap.</summary>
    private FakeGraphResponse Page<T>(FakeGraphRequest r, IReadOnlyList<T> all, Func<T, JsonObject> project, string context, bool advanced)
    {
        var top = GraphDefaultPageSize;
        if (r.Query.TryGetValue("$top", out var topText)
            && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top is < 1 or > 999))
        {
            throw new FakeGraphException(400, "Request_BadRequest", $"Invalid page size specified: '{topText}'. Must be between 1 and 999 inclusive.");
        }

        var offset = 0;
        if (r.Query.TryGetValue("$skiptoken", out var token))
        {
            offset = DecodeSkipToken(token);
        }

        var size = Math.Min(top, server.PageSize);
        var page = all.Skip(offset).Take(size).Select(project).ToList();
        var json = new JsonObject { ["@odata.context"] = $"{r.BaseUrl}v1.0/$metadata#{context}" };
        if (advanced)
        {
            json["@odata.count"] = all.Count;
        }

        json["value"] = new JsonArray([.. page]);
        if (offset + size < all.Count)
        {
            var query = string.Join('&', r.RawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("$skiptoken=", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("%24skiptoken=", StringComparison.OrdinalIgnoreCase)));
            var skip = "$skiptoken=" + Uri.EscapeDataString(EncodeSkipToken(offset + size));
            json["@odata.nextLink"] = $"{r.BaseUrl}v1.0/{r.RawPath.TrimStart('/')}?{(query.Length > 0 ? query + "&" : string.Empty)}{skip}";
        }

        return FakeGraphResponse.Json(200, json);
    }

    private static string EncodeSkipToken(int offset) =>
        "RFNwdAIAAQAAA" + Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeSkipToken(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token["RFNwdAIAAQAAA".Length..]));
            return int.Parse(text["offset:".Length..], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new FakeGraphException(400, "Request_BadRequest", "Invalid skip token.");
        }
    }

    private static JsonObject ReadObject(FakeGraphRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.Body))
        {
            throw new FakeGraphException(400, "BadRequest", "Empty Payload. JSON content expected.");
        }

        var contentType = r.Header("Content-Type");
        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new FakeGraphException(415, "BadRequest", "A supported MIME type could not be found that matches the content type of the response.");
        }

        return JsonNode.Parse(r.Body) as JsonObject ?? throw new FakeGraphException(400, "BadRequest", "The request body must be a JSON object.");
    }

    private FakeUser RequireUser(string idOrUpn) =>
        Tenant.Users.GetValueOrDefault(idOrUpn)
        ?? Tenant.Users.Values.FirstOrDefault(u => string.Equals(u.UserPrincipalName, idOrUpn, StringComparison.OrdinalIgnoreCase))
        ?? throw FakeGraphException.NotFound(idOrUpn);

    private static FakeMailbox RequireMailbox(FakeUser user) =>
        user.Mailbox ?? throw new FakeGraphException(404, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive, soft-deleted, or is hosted on-premise.");
}
