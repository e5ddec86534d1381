using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>
/// FullAccess (Add/Remove/Get-MailboxPermission) and SendAs (Add/Remove/Get-RecipientPermission). Exchange Online
/// lists trustees by UPN, next to the owner's own NT AUTHORITY\SELF entry, which the fake lists too so clients
/// must skip it. Granting what is granted, or removing what is absent, only warns.
/// </summary>
public static class FakePermissionCmdlets
{
    private const string Self = "NT AUTHORITY\\SELF";

    public static readonly FakeExchangeCmdlet AddMailboxPermission = new(
        "Add-MailboxPermission",
        ["Identity", "User", "AccessRights", "InheritanceType", "AutoMapping"],
        call => Change(call, "User", "FullAccess", grant: true));

    public static readonly FakeExchangeCmdlet RemoveMailboxPermission = new(
        "Remove-MailboxPermission",
        ["Identity", "User", "AccessRights", "InheritanceType"],
        call => Change(call, "User", "FullAccess", grant: false));

    public static readonly FakeExchangeCmdlet GetMailboxPermission = new(
        "Get-MailboxPermission",
        ["Identity", "User"],
        call => List(call, "User", "FullAccess"));

    public static readonly FakeExchangeCmdlet AddRecipientPermission = new(
        "Add-RecipientPermission",
        ["Identity", "Trustee", "AccessRights"],
        call => Change(call, "Trustee", "SendAs", grant: true));

    public static readonly FakeExchangeCmdlet RemoveRecipientPermission = new(
        "Remove-RecipientPermission",
        ["Identity", "Trustee", "AccessRights"],
        call => Change(call, "Trustee", "SendAs", grant: false));

    public static readonly FakeExchangeCmdlet GetRecipientPermission = new(
        "Get-RecipientPermission",
        ["Identity", "Trustee", "AccessRights"],
        call => List(call, "Trustee", "SendAs"));

    private static IReadOnlyList<JsonObject> Change(FakeExchangeInvocation call, string trusteeParameter, string right, bool grant)
    {
        var owner = FakeExchangeDirectory.Mailbox(call.Tenant, call.RequiredText("Identity"));
        var rights = call.Texts("AccessRights");
        if (!rights.Contains(right, StringComparer.OrdinalIgnoreCase) || rights.Count != 1)
        {
            throw FakeExchangeException.ParameterTransformation("AccessRights", $"The fake supports exactly '{right}' here, got '{string.Join(",", rights)}'.");
        }

        var trustee = FakeExchangeDirectory.Resolve(call.Tenant.Users.Values, call.RequiredText(trusteeParameter));
        var holders = right == "FullAccess" ? owner.Mailbox!.FullAccess : owner.Mailbox!.SendAs;
        if (grant)
        {
            if (!holders.Add(trustee.Id))
            {
                call.Warnings.Add($"An existing permission entry was found for user: {trustee.DisplayName}.");
            }

            return [Entry(owner, trustee.UserPrincipalName, trusteeParameter, right)];
        }

        if (!holders.Remove(trustee.Id))
        {
            call.Warnings.Add($"Can't remove the access control entry on the object '{owner.Id}' for account '{trustee.UserPrincipalName}' because the ACE doesn't exist on the object.");
        }

        return [];
    }

    private static List<JsonObject> List(FakeExchangeInvocation call, string trusteeParameter, string right)
    {
        var owner = FakeExchangeDirectory.Mailbox(call.Tenant, call.RequiredText("Identity"));
        var holders = right == "FullAccess" ? owner.Mailbox!.FullAccess : owner.Mailbox!.SendAs;
        var entries = new List<JsonObject> { Entry(owner, Self, trusteeParameter, right) };
        entries.AddRange(holders
            .Select(id => call.Tenant.Users.GetValueOrDefault(id))
            .OfType<FakeUser>()
            .Select(u => Entry(owner, u.UserPrincipalName, trusteeParameter, right)));

        if (call.Text(trusteeParameter) is { } only)
        {
            var user = FakeExchangeDirectory.Resolve(call.Tenant.Users.Values, only);
            entries.RemoveAll(e => !string.Equals(e[trusteeParameter]?.GetValue<string>(), user.UserPrincipalName, StringComparison.OrdinalIgnoreCase));
        }

        return entries;
    }

    private static JsonObject Entry(FakeUser owner, string trustee, string trusteeParameter, string right)
    {
        var entry = new JsonObject
        {
            ["Identity"] = owner.Id,
            [trusteeParameter] = trustee,
            ["AccessRights"] = FakeExchangeProjection.Strings(trustee == Self && right == "FullAccess" ? ["FullAccess", "ReadPermission"] : [right]),
            ["AccessRights@data.type"] = "#Collection(String)",
            ["IsInherited"] = false,
        };
        if (right == "FullAccess")
        {
            entry["Deny"] = false;
            entry["InheritanceType"] = "All";
        }
        else
        {
            entry["AccessControlType"] = "Allow";
            entry["InheritanceType"] = "None";
        }

        return entry;
    }
}
