using System.Collections.Frozen;
using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>The fake tenant's objects in Graph's JSON shapes, with only the selected properties.</summary>
public static class FakeGraphJson
{
    public static JsonObject ToJson(FakeDirectoryObject o, IEnumerable<string> select, bool withType)
    {
        var (type, properties) = TypeOf(o);
        var json = new JsonObject();
        if (withType)
        {
            json["@odata.type"] = "#microsoft.graph." + type;
        }

        foreach (var name in select)
        {
            var canonical = FakeGraphProperties.Canonical(properties, name);
            json[canonical] = Value(o, canonical);
        }

        return json;
    }

    public static (string Type, FrozenSet<string> Properties) TypeOf(FakeDirectoryObject o) => o switch
    {
        FakeUser => ("user", FakeGraphProperties.User),
        FakeGroup => ("group", FakeGraphProperties.Group),
        FakeContact => ("orgContact", FakeGraphProperties.OrgContact),
        FakeDeletedObject d when d.ODataType.EndsWith("user", StringComparison.OrdinalIgnoreCase) => ("user", FakeGraphProperties.User),
        FakeDeletedObject => ("group", FakeGraphProperties.Group),
        _ => ("directoryObject", FakeGraphProperties.DirectoryObject),
    };

    public static JsonNode? Value(FakeDirectoryObject o, string property) => property switch
    {
        "id" => o.Id,
        "displayName" => o.DisplayName,
        "mail" => o.Mail,
        "proxyAddresses" => new JsonArray([.. o.ProxyAddresses.Select(p => JsonValue.Create(p))]),
        // Graph reports null, not false, for objects never synced from on-premises.
        "onPremisesSyncEnabled" => o.OnPremisesSyncEnabled ? true : null,
        "deletedDateTime" => o is FakeDeletedObject d ? d.DeletedDateTime.ToString("o") : null,
        _ => o switch
        {
            FakeUser u => UserValue(u, property),
            FakeGroup g => property switch
            {
                "mailEnabled" => g.MailEnabled,
                "securityEnabled" => !g.MailEnabled,
                "groupTypes" => new JsonArray(),
                _ => null,
            },
            FakeDeletedObject d when property == "userPrincipalName" => d.UserPrincipalName,
            _ => null,
        },
    };

    public static JsonArray LicenseAssignmentStates(FakeUser u) =>
        new([.. u.Licenses.Select(l => (JsonNode)new JsonObject
        {
            ["skuId"] = l.SkuId.ToString(),
            ["assignedByGroup"] = l.AssignedByGroup,
            ["disabledPlans"] = new JsonArray(),
            ["state"] = "Active",
            ["error"] = "None",
            ["lastUpdatedDateTime"] = "2024-01-01T00:00:00Z",
        })]);

    private static JsonNode? UserValue(FakeUser u, string property) => property switch
    {
        "userPrincipalName" => u.UserPrincipalName,
        "accountEnabled" => u.AccountEnabled,
        "jobTitle" => u.JobTitle,
        "givenName" => u.GivenName,
        "surname" => u.Surname,
        "mailNickname" => u.MailNickname ?? u.UserPrincipalName.Split('@')[0],
        "businessPhones" => new JsonArray(),
        "signInSessionsValidFromDateTime" => u.SignInSessionsValidFrom?.ToString("o"),
        "licenseAssignmentStates" => LicenseAssignmentStates(u),
        "assignedLicenses" => new JsonArray([.. u.Licenses.Select(l => l.SkuId).Distinct().Select(s => (JsonNode)new JsonObject
        {
            ["skuId"] = s.ToString(),
            ["disabledPlans"] = new JsonArray(),
        })]),
        _ => null,
    };
}
