using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Graph;

public sealed partial class FakeGraphRouter
{
    // The text Entra answers when a cloud write touches a property whose source of authority is on-premises AD
    // (observed; the user resource documents onPremisesSyncEnabled: https://learn.microsoft.com/graph/api/resources/user).
    public const string SyncedObjectMessage =
        "Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.";

    /// <summary>
    /// PATCH /users/{id} (https://learn.microsoft.com/graph/api/user-update) for the two properties BotAlias writes.
    /// proxyAddresses is "Read-only in Microsoft Graph"; accountEnabled and userPrincipalName of a synced user come
    /// from AD and are refused in the cloud.
    /// </summary>
    private FakeGraphResponse PatchUser(FakeGraphRequest r, string idOrUpn)
    {
        var body = ReadObject(r);
        var user = RequireUser(idOrUpn);
        foreach (var (name, _) in body)
        {
            if (!FakeGraphProperties.User.Contains(name))
            {
                throw new FakeGraphException(400, "Request_BadRequest", $"Invalid property '{name}'.");
            }

            if (string.Equals(name, "proxyAddresses", StringComparison.OrdinalIgnoreCase))
            {
                throw new FakeGraphException(400, "Request_BadRequest", "Property 'proxyAddresses' is read-only and cannot be set.");
            }

            if (name is not ("accountEnabled" or "userPrincipalName"))
            {
                throw new FakeGraphException(400, "Request_BadRequest", $"The fake does not implement updating '{name}'.");
            }
        }

        bool? enabled = null;
        string? upn = null;
        if (body.TryGetPropertyValue("accountEnabled", out var enabledNode))
        {
            FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.SetAccountEnabled);
            enabled = enabledNode is JsonValue v && v.TryGetValue<bool>(out var b) ? b
                : throw new FakeGraphException(400, "Request_BadRequest", "Invalid value specified for property 'accountEnabled' of resource 'User'.");
        }

        if (body.TryGetPropertyValue("userPrincipalName", out var upnNode))
        {
            FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.UpdateUser);
            upn = upnNode is JsonValue v && v.TryGetValue<string>(out var s) && s.Contains('@', StringComparison.Ordinal) ? s
                : throw new FakeGraphException(400, "Request_BadRequest", "Invalid value specified for property 'userPrincipalName' of resource 'User'.");
            var domain = upn[(upn.LastIndexOf('@') + 1)..];
            if (!Tenant.Domains.Any(d => d.IsVerified && string.Equals(d.Id, domain, StringComparison.OrdinalIgnoreCase)))
            {
                throw new FakeGraphException(400, "Request_BadRequest", "The domain portion of the userPrincipalName property is invalid. You must use one of the verified domain names in your organization.");
            }

            var taken = Tenant.Users.Values.Any(u => u != user && string.Equals(u.UserPrincipalName, upn, StringComparison.OrdinalIgnoreCase))
                || Tenant.DeletedItems.Any(d => string.Equals(d.UserPrincipalName, upn, StringComparison.OrdinalIgnoreCase));
            if (taken)
            {
                throw new FakeGraphException(400, "ObjectConflict", "Another object with the same value for property userPrincipalName already exists.");
            }
        }

        if (user.OnPremisesSyncEnabled)
        {
            throw new FakeGraphException(400, "Request_BadRequest", SyncedObjectMessage);
        }

        if (enabled is { } e)
        {
            user.AccountEnabled = e;
        }

        if (upn is not null)
        {
            user.UserPrincipalName = upn;
        }

        return FakeGraphResponse.NoContent();
    }

    // https://learn.microsoft.com/graph/api/user-revokesigninsessions: 200 with {"value": true}.
    private FakeGraphResponse RevokeSessions(FakeGraphRequest r, string idOrUpn)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.RevokeSessions);
        var user = RequireUser(idOrUpn);
        user.SignInSessionsValidFrom = DateTimeOffset.UtcNow;
        return FakeGraphResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = $"{r.BaseUrl}v1.0/$metadata#Edm.Boolean",
            ["value"] = true,
        });
    }

    // https://learn.microsoft.com/graph/api/user-list-licensedetails
    private FakeGraphResponse ListLicenseDetails(FakeGraphRequest r, string idOrUpn)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadLicenses);
        var user = RequireUser(idOrUpn);
        var details = user.Licenses.GroupBy(l => l.SkuId).Select(g => g.First()).Select(l => new JsonObject
        {
            ["id"] = Convert.ToBase64String(l.SkuId.ToByteArray()).TrimEnd('='),
            ["skuId"] = l.SkuId.ToString(),
            ["skuPartNumber"] = l.SkuPartNumber,
            ["servicePlans"] = new JsonArray([.. ServicePlans(l)]),
        });
        return Page(r, details, $"users('{user.Id}')/licenseDetails", advanced: false);
    }

    // Plan ids and names as Microsoft's licensing reference lists them; EXCHANGE_S_FOUNDATION is in most SKUs and is no mailbox.
    private static IEnumerable<JsonNode> ServicePlans(FakeLicense license)
    {
        yield return ServicePlan("5dbe027f-2339-4123-9542-606e4d348a72", "SHAREPOINTENTERPRISE");
        yield return ServicePlan("113feb6c-3fe4-4440-bddc-54d774bf0318", "EXCHANGE_S_FOUNDATION", "Company");
        if (license.IncludesExchangeOnline)
        {
            yield return ServicePlan("efb87545-963c-4e0d-99df-69c6916d9eb0", "EXCHANGE_S_ENTERPRISE");
        }
    }

    private static JsonObject ServicePlan(string id, string name, string appliesTo = "User") => new()
    {
        ["servicePlanId"] = id,
        ["servicePlanName"] = name,
        ["provisioningStatus"] = "Success",
        ["appliesTo"] = appliesTo,
    };

    /// <summary>
    /// POST /users/{id}/assignLicense (https://learn.microsoft.com/graph/api/user-assignlicense): both lists are
    /// required; a licence a group gives cannot be removed from the user.
    /// </summary>
    private FakeGraphResponse AssignLicense(FakeGraphRequest r, string idOrUpn)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.AssignLicense);
        var body = ReadObject(r);
        var user = RequireUser(idOrUpn);
        if (body["addLicenses"] is not JsonArray add || body["removeLicenses"] is not JsonArray remove)
        {
            throw new FakeGraphException(400, "Request_BadRequest", "Both addLicenses and removeLicenses are required, even when empty.");
        }

        foreach (var (name, _) in body)
        {
            if (name is not ("addLicenses" or "removeLicenses"))
            {
                throw new FakeGraphException(400, "Request_BadRequest", $"Invalid parameter '{name}'.");
            }
        }

        var removeIds = remove.Select(n => ReadGuid(n, "removeLicenses")).ToList();
        foreach (var sku in removeIds)
        {
            var held = user.Licenses.Where(l => l.SkuId == sku).ToList();
            if (held.Count == 0)
            {
                throw new FakeGraphException(400, "Request_BadRequest", "User does not have a corresponding license.");
            }

            if (held.All(l => l.AssignedByGroup is not null))
            {
                throw new FakeGraphException(400, "Request_BadRequest", "User license is inherited from a group membership and it cannot be removed directly from the user.");
            }
        }

        var addIds = add.Select(n => n is JsonObject o ? ReadGuid(o["skuId"], "addLicenses.skuId") : throw new FakeGraphException(400, "Request_BadRequest", "addLicenses entries are assignedLicense objects.")).ToList();
        user.Licenses.RemoveAll(l => removeIds.Contains(l.SkuId) && l.AssignedByGroup is null);
        foreach (var sku in addIds.Where(s => !user.Licenses.Any(l => l.SkuId == s && l.AssignedByGroup is null)))
        {
            var known = Tenant.Users.Values.SelectMany(u => u.Licenses).FirstOrDefault(l => l.SkuId == sku);
            user.Licenses.Add(new FakeLicense { SkuId = sku, SkuPartNumber = known?.SkuPartNumber ?? "SKU_" + sku.ToString("N")[..8], IncludesExchangeOnline = known?.IncludesExchangeOnline ?? false });
        }

        var json = FakeGraphJson.ToJson(user, FakeGraphProperties.UserDefault, withType: false);
        json["@odata.context"] = $"{r.BaseUrl}v1.0/$metadata#users/$entity";
        return FakeGraphResponse.Json(200, json);
    }

    private static Guid ReadGuid(JsonNode? node, string what)
    {
        try
        {
            return node is JsonValue v && v.TryGetValue<string>(out var s) && Guid.TryParse(s, out var g) ? g
                : throw new FakeGraphException(400, "Request_BadRequest", $"Invalid GUID in {what}.");
        }
        catch (InvalidOperationException)
        {
            throw new FakeGraphException(400, "Request_BadRequest", $"Invalid GUID in {what}.");
        }
    }

    private static void RequireNoUnknown(JsonObject body, params string[] known)
    {
        foreach (var (name, _) in body)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw new FakeGraphException(400, "RequestBodyRead", $"The property '{name}' does not exist on this type.");
            }
        }
    }

    private static string ReadString(JsonNode? node, string what)
    {
        try
        {
            return node is JsonValue v && v.TryGetValue<string>(out var s) ? s
                : throw new FakeGraphException(400, "RequestBodyRead", $"Cannot read {what} as a string.");
        }
        catch (JsonException)
        {
            throw new FakeGraphException(400, "RequestBodyRead", $"Cannot read {what} as a string.");
        }
    }
}
