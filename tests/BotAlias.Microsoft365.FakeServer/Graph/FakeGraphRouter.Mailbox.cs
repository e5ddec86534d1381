using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Graph;

public sealed partial class FakeGraphRouter
{
    private static readonly string[] RepliesStatuses = ["disabled", "alwaysEnabled", "scheduled"];
    private static readonly string[] Audiences = ["none", "contactsOnly", "all"];

    // https://learn.microsoft.com/graph/api/user-get-mailboxsettings
    private FakeGraphResponse GetMailboxSettings(FakeGraphRequest r, string idOrUpn)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadMailboxSettings);
        var mailbox = RequireMailbox(RequireUser(idOrUpn));
        var select = Select(r, FakeGraphProperties.MailboxSettings, "mailboxSettings");
        var json = new JsonObject { ["@odata.context"] = $"{r.BaseUrl}v1.0/$metadata#users('{idOrUpn}')/mailboxSettings" };
        if (select is null || select.Contains("automaticRepliesSetting"))
        {
            json["automaticRepliesSetting"] = Replies(mailbox.AutomaticReplies);
        }

        if (select is null)
        {
            json["timeZone"] = "UTC";
            json["language"] = new JsonObject { ["locale"] = "en-US", ["displayName"] = "English (United States)" };
        }

        return FakeGraphResponse.Json(200, json);
    }

    /// <summary>
    /// PATCH /users/{id}/mailboxSettings (https://learn.microsoft.com/graph/api/user-update-mailboxsettings):
    /// answers 200 with the updated settings. Only automaticRepliesSetting is implemented.
    /// </summary>
    private FakeGraphResponse PatchMailboxSettings(FakeGraphRequest r, string idOrUpn)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.WriteMailboxSettings);
        var body = ReadObject(r);
        var mailbox = RequireMailbox(RequireUser(idOrUpn));
        foreach (var (name, _) in body)
        {
            if (name == "@odata.context")
            {
                continue;
            }

            if (!FakeGraphProperties.MailboxSettings.Contains(name))
            {
                throw new FakeGraphException(400, "RequestBodyRead", $"The property '{name}' does not exist on type 'microsoft.graph.mailboxSettings'.");
            }

            if (name != "automaticRepliesSetting")
            {
                throw new FakeGraphException(400, "RequestBodyRead", $"The fake does not implement updating '{name}'.");
            }
        }

        if (body["automaticRepliesSetting"] is JsonObject replies)
        {
            RequireNoUnknown(replies, "status", "externalAudience", "internalReplyMessage", "externalReplyMessage", "scheduledStartDateTime", "scheduledEndDateTime");
            var updated = new FakeAutomaticReplies
            {
                Status = replies.ContainsKey("status") ? Enum(replies["status"], RepliesStatuses, "status") : mailbox.AutomaticReplies.Status,
                ExternalAudience = replies.ContainsKey("externalAudience") ? Enum(replies["externalAudience"], Audiences, "externalAudience") : mailbox.AutomaticReplies.ExternalAudience,
                InternalReplyMessage = replies.ContainsKey("internalReplyMessage") ? ReadString(replies["internalReplyMessage"], "internalReplyMessage") : mailbox.AutomaticReplies.InternalReplyMessage,
                ExternalReplyMessage = replies.ContainsKey("externalReplyMessage") ? ReadString(replies["externalReplyMessage"], "externalReplyMessage") : mailbox.AutomaticReplies.ExternalReplyMessage,
            };
            mailbox.AutomaticReplies = updated;
        }

        return FakeGraphResponse.Json(200, new JsonObject { ["automaticRepliesSetting"] = Replies(mailbox.AutomaticReplies) });
    }

    private static JsonObject Replies(FakeAutomaticReplies replies) => new()
    {
        ["status"] = replies.Status,
        ["externalAudience"] = replies.ExternalAudience,
        ["internalReplyMessage"] = replies.InternalReplyMessage,
        ["externalReplyMessage"] = replies.ExternalReplyMessage,
        ["scheduledStartDateTime"] = new JsonObject { ["dateTime"] = "2024-01-01T00:00:00.0000000", ["timeZone"] = "UTC" },
        ["scheduledEndDateTime"] = new JsonObject { ["dateTime"] = "2024-01-02T00:00:00.0000000", ["timeZone"] = "UTC" },
    };

    private static string Enum(JsonNode? node, string[] allowed, string what)
    {
        var value = ReadString(node, what);
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new FakeGraphException(400, "RequestBodyRead", $"The value '{value}' is not valid for {what}; expected one of {string.Join(", ", allowed)}.");
    }

    // https://learn.microsoft.com/graph/api/mailfolder-list-messagerules and mailfolder-post-messagerules
    private FakeGraphResponse MessageRules(FakeGraphRequest r, string idOrUpn, string folder, string method)
    {
        if (!string.Equals(folder, "inbox", StringComparison.OrdinalIgnoreCase))
        {
            throw new FakeGraphException(400, "BadRequest", "Only the inbox has message rules.");
        }

        var mailbox = RequireMailbox(RequireUser(idOrUpn));
        if (method == "GET")
        {
            FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.ReadMailboxSettings);
            return Page(r, mailbox.InboxRules.OrderBy(x => x.Sequence).Select(Rule), $"users('{idOrUpn}')/mailFolders('inbox')/messageRules", advanced: false);
        }

        if (method != "POST")
        {
            throw new FakeGraphException(405, "BadRequest", $"The HTTP method '{method}' is not allowed here.");
        }

        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.WriteMailboxSettings);
        var body = ReadObject(r);
        RequireNoUnknown(body, "displayName", "sequence", "isEnabled", "conditions", "exceptions", "actions");
        if (body["conditions"] is not null || body["exceptions"] is not null)
        {
            throw new FakeGraphException(400, "RequestBodyRead", "The fake implements rules without conditions only.");
        }

        var rule = new FakeMessageRule
        {
            DisplayName = ReadString(body["displayName"], "displayName"),
            Sequence = body["sequence"] is JsonValue sequence && sequence.TryGetValue<int>(out var s) && s > 0
                ? s
                : throw new FakeGraphException(400, "ErrorInvalidRequest", "sequence is required and must be a positive integer."),
            IsEnabled = body["isEnabled"] is not JsonValue enabled || !enabled.TryGetValue<bool>(out var e) || e,
        };
        if (body["actions"] is not JsonObject actions)
        {
            throw new FakeGraphException(400, "ErrorInvalidRequest", "A rule needs actions.");
        }

        RequireNoUnknown(actions, "redirectTo", "stopProcessingRules", "forwardTo", "forwardAsAttachmentTo", "moveToFolder", "copyToFolder", "delete", "permanentDelete", "markAsRead", "markImportance", "assignCategories");
        foreach (var recipient in actions["redirectTo"] as JsonArray ?? [])
        {
            var address = recipient?["emailAddress"]?["address"];
            rule.RedirectTo.Add(ReadString(address, "redirectTo.emailAddress.address"));
        }

        if (rule.RedirectTo.Count == 0)
        {
            throw new FakeGraphException(400, "RequestBodyRead", "The fake implements redirect rules only: actions.redirectTo is required.");
        }

        rule.StopProcessingRules = actions["stopProcessingRules"] is JsonValue stop && stop.TryGetValue<bool>(out var st) && st;
        mailbox.InboxRules.Add(rule);
        return FakeGraphResponse.Json(201, Rule(rule));
    }

    private FakeGraphResponse DeleteMessageRule(FakeGraphRequest r, string idOrUpn, string folder, string ruleId)
    {
        FakeGraphPermissions.Require(r.Caller, FakeGraphPermissions.WriteMailboxSettings);
        var mailbox = RequireMailbox(RequireUser(idOrUpn));
        if (!string.Equals(folder, "inbox", StringComparison.OrdinalIgnoreCase) || mailbox.InboxRules.RemoveAll(x => x.Id == ruleId) == 0)
        {
            throw new FakeGraphException(404, "ErrorItemNotFound", "The specified object was not found in the store.");
        }

        return FakeGraphResponse.NoContent();
    }

    private static JsonObject Rule(FakeMessageRule rule) => new()
    {
        ["id"] = rule.Id,
        ["displayName"] = rule.DisplayName,
        ["sequence"] = rule.Sequence,
        ["isEnabled"] = rule.IsEnabled,
        ["hasError"] = false,
        ["isReadOnly"] = false,
        ["conditions"] = new JsonObject(),
        ["actions"] = new JsonObject
        {
            ["redirectTo"] = new JsonArray([.. rule.RedirectTo.Select(a => (JsonNode)new JsonObject
            {
                ["emailAddress"] = new JsonObject { ["name"] = a, ["address"] = a },
            })]),
            ["stopProcessingRules"] = rule.StopProcessingRules,
        },
    };
}
