using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>
/// Recipient objects as InvokeCommand returns them in <c>value</c>: PowerShell property names, multi-valued
/// properties as lists with their <c>@data.type</c> annotation (as the JSON form shows them).
/// </summary>
public static class FakeExchangeProjection
{
    public static JsonObject Mailbox(FakeTenant tenant, FakeUser user)
    {
        var mailbox = user.Mailbox!;
        var o = Common(user);
        o["UserPrincipalName"] = user.UserPrincipalName;
        o["Guid"] = mailbox.ExchangeGuid;
        o["ExchangeGuid"] = mailbox.ExchangeGuid;
        o["RecipientType"] = "UserMailbox";
        o["RecipientTypeDetails"] = mailbox.RecipientTypeDetails;
        o["LegacyExchangeDN"] = mailbox.LegacyExchangeDn;
        o["ForwardingAddress"] = mailbox.ForwardingRecipientId is { } target && tenant.FindLiveById(target) is { } forwardee ? forwardee.Id : null;
        o["ForwardingSmtpAddress"] = mailbox.ForwardingSmtpAddress is { } smtp ? "smtp:" + smtp : null;
        o["DeliverToMailboxAndForward"] = mailbox.DeliverToMailboxAndForward;
        o["LitigationHoldEnabled"] = mailbox.LitigationHoldEnabled;
        o["InPlaceHolds"] = Strings(mailbox.InPlaceHolds);
        o["InPlaceHolds@data.type"] = "#Collection(String)";
        return o;
    }

    public static JsonObject SoftDeletedMailbox(FakeExchangeOnlyRecipient recipient)
    {
        var o = Common(recipient);
        o["Guid"] = recipient.Id;
        o["RecipientType"] = "UserMailbox";
        o["RecipientTypeDetails"] = recipient.RecipientTypeDetails;
        o["IsSoftDeletedByRemove"] = true;
        o["WhenSoftDeleted"] = "2025-01-15T09:30:00Z";
        return o;
    }

    public static JsonObject Recipient(FakeDirectoryObject recipient)
    {
        var o = Common(recipient);
        var details = FakeExchangeDirectory.RecipientTypeDetails(recipient);
        o["Guid"] = recipient is FakeUser { Mailbox: { } mailbox } ? mailbox.ExchangeGuid : recipient.Id;
        o["RecipientType"] = details switch
        {
            "UserMailbox" or "SharedMailbox" => "UserMailbox",
            "MailUniversalDistributionGroup" => "MailUniversalDistributionGroup",
            "DynamicDistributionGroup" => "DynamicDistributionGroup",
            "PublicFolder" => "PublicFolder",
            _ => details,
        };
        o["RecipientTypeDetails"] = details;
        if (recipient is FakeExchangeOnlyRecipient)
        {
            // Exchange-only objects have no Entra counterpart.
            o["ExternalDirectoryObjectId"] = string.Empty;
        }

        if (recipient is FakeContact contact)
        {
            o["ExternalEmailAddress"] = "SMTP:" + contact.ExternalEmailAddress;
        }

        return o;
    }

    /// <summary>Get-User's view: the user object, whether or not it has a mailbox.</summary>
    public static JsonObject User(FakeUser user) => new()
    {
        ["Identity"] = user.Id,
        ["Name"] = user.Id,
        ["DisplayName"] = user.DisplayName,
        ["UserPrincipalName"] = user.UserPrincipalName,
        ["ExternalDirectoryObjectId"] = user.Id,
        ["Guid"] = user.Id,
        ["RecipientType"] = user.Mailbox is null ? "User" : "UserMailbox",
        ["RecipientTypeDetails"] = FakeExchangeDirectory.RecipientTypeDetails(user),
        ["WindowsEmailAddress"] = user.Mail,
        ["IsDirSynced"] = user.OnPremisesSyncEnabled,
    };

    private static JsonObject Common(FakeDirectoryObject recipient) => new()
    {
        ["Identity"] = recipient.Id,
        ["Name"] = recipient.Id,
        ["DisplayName"] = recipient.DisplayName,
        ["Alias"] = recipient.Mail?.Split('@')[0],
        ["ExternalDirectoryObjectId"] = recipient.Id,
        ["PrimarySmtpAddress"] = recipient.Mail,
        ["WindowsEmailAddress"] = recipient.Mail,
        ["EmailAddresses"] = Strings(recipient.ProxyAddresses),
        ["EmailAddresses@data.type"] = "#Collection(String)",
        ["HiddenFromAddressListsEnabled"] = recipient.HiddenFromAddressLists,
        ["IsDirSynced"] = recipient.OnPremisesSyncEnabled,
    };

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
