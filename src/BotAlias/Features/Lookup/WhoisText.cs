using BotAlias.AdaptiveCards;
using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Features.Lookup;

/// <summary>The whois messages. Everything typed or read from the directory is escaped here or by the caller.</summary>
public static class WhoisText
{
    public const string Usage =
        "Type whois and an address, such as whois jane@contoso.com, to see who holds it; or the start of one, such as whois jane, to list the addresses that start that way. Only admins see who holds an address; everyone else learns whether it is available.";

    public const string NotInDirectory =
        "I can't find you in your organisation's directory, so I can't look addresses up for this account. Ask your admin to check your account.";

    public const string AnsweredPrivately = "I've answered in our private chat.";

    public const string OnlyAdminsSeeHolders = "Only admins can see who holds an address.";

    public const string OnlyAdminsSearch =
        "Only admins can list addresses by how they start. Type a whole address, such as whois jane@contoso.com, to learn whether it is available.";

    public static string NotAnAddress(string typed) =>
        $"\"{CardText.Escape(typed, 80)}\" is not an email address or the start of one. {Usage}";

    public static string NoMatches(string prefix) =>
        $"No address starts with {CardText.Escape(prefix, 80)}. Type more or less of it, or a whole address to learn whether it could be requested.";

    public static string ForNonAdmin(EmailAddress address, PublicAvailability availability)
    {
        var shown = CardText.Escape(address.Value);
        return availability switch
        {
            PublicAvailability.Yours => $"{shown} is one of your own addresses.",
            PublicAvailability.Available => $"{OnlyAdminsSeeHolders} {shown} is available: to ask for it, type alias {shown}",
            _ => $"{OnlyAdminsSeeHolders} {shown} is unavailable.",
        };
    }

    public static string KindName(RecipientKind kind) => kind switch
    {
        RecipientKind.User => "User",
        RecipientKind.SharedMailbox => "Shared mailbox",
        RecipientKind.Group => "Group",
        RecipientKind.MailContact => "Mail contact",
        RecipientKind.DynamicDistributionGroup => "Dynamic distribution group",
        RecipientKind.PublicFolder => "Public folder",
        RecipientKind.SoftDeletedMailbox => "Deleted mailbox (restorable)",
        RecipientKind.DeletedObject => "Deleted object (in the recycle bin)",
        _ => kind.ToString(),
    };

    /// <summary>The audit verbs in words; an unknown verb is shown as it is stored.</summary>
    public static string ActionName(string action) => action switch
    {
        "request.created" => "Requested",
        "request.approved" => "Approved",
        "request.rejected" => "Rejected",
        "request.cancelled" => "Cancelled",
        "approval.rerouted" => "Approval passed to another approver",
        "approval.unreachable" => "Approver could not be reached",
        "provisioning.started" => "Provisioning started",
        "provisioning.failed" => "Provisioning failed",
        "address.added" => "Address added",
        _ => action,
    };
}
