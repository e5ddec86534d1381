using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>
/// How Exchange sees the shared tenant: which objects are recipients, of what type, and how an -Identity value finds
/// one (Entra object id = ExternalDirectoryObjectId, Exchange Guid, Name, UPN or any SMTP address). In Exchange
/// Online a recipient's Name is its Entra object id for objects created since 2022, so the fake uses the id.
/// </summary>
public static class FakeExchangeDirectory
{
    public static IEnumerable<FakeUser> Mailboxes(FakeTenant tenant) => tenant.Users.Values.Where(u => u.Mailbox is not null);

    public static IEnumerable<FakeExchangeOnlyRecipient> SoftDeletedMailboxes(FakeTenant tenant) =>
        tenant.ExchangeOnlyRecipients.Where(r => r.IsSoftDeleted);

    /// <summary>Live recipients: mailboxes, mail-enabled groups, contacts and Exchange-only objects (not soft-deleted ones).</summary>
    public static IEnumerable<FakeDirectoryObject> Recipients(FakeTenant tenant) =>
        Mailboxes(tenant).Cast<FakeDirectoryObject>()
            .Concat(tenant.Groups.Values.Where(g => g.MailEnabled))
            .Concat(tenant.Contacts.Values)
            .Concat(tenant.ExchangeOnlyRecipients.Where(r => !r.IsSoftDeleted));

    /// <summary>What <see cref="Recipients"/> lists, for one object.</summary>
    public static bool IsRecipient(FakeDirectoryObject o) =>
        o is FakeUser { Mailbox: not null } or FakeGroup { MailEnabled: true } or FakeContact or FakeExchangeOnlyRecipient { IsSoftDeleted: false };

    public static string RecipientTypeDetails(FakeDirectoryObject recipient) => recipient switch
    {
        FakeUser { Mailbox: { } mailbox } => mailbox.RecipientTypeDetails,
        FakeGroup => "MailUniversalDistributionGroup",
        FakeContact => "MailContact",
        FakeExchangeOnlyRecipient r => r.RecipientTypeDetails,
        _ => "User",
    };

    /// <summary>The Set- cmdlet that owns this recipient type's properties.</summary>
    public static string SetCmdlet(FakeDirectoryObject recipient) => recipient switch
    {
        FakeUser => "Set-Mailbox",
        FakeGroup => "Set-DistributionGroup",
        FakeContact => "Set-MailContact",
        _ => "Set-DynamicDistributionGroup",
    };

    public static bool Matches(FakeDirectoryObject recipient, string identity)
    {
        if (string.Equals(recipient.Id, identity, StringComparison.OrdinalIgnoreCase) || recipient.HoldsSmtp(identity))
        {
            return true;
        }

        return recipient is FakeUser user
            && (string.Equals(user.UserPrincipalName, identity, StringComparison.OrdinalIgnoreCase)
                || string.Equals(user.Mailbox?.ExchangeGuid, identity, StringComparison.OrdinalIgnoreCase));
    }

    public static T Resolve<T>(IEnumerable<T> candidates, string identity)
        where T : FakeDirectoryObject
    {
        var found = candidates.Where(c => Matches(c, identity)).Take(2).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw FakeExchangeException.NotFound(identity),
            _ => throw FakeExchangeException.InvalidRequest($"The operation couldn't be performed because '{identity}' matches multiple entries."),
        };
    }

    // By object id first: a dictionary hit, where matching every recipient's addresses is a scan of the tenant.
    // An id never looks like an address, UPN or Guid of another object, so the answer is the same.
    public static FakeUser Mailbox(FakeTenant tenant, string identity) =>
        tenant.Users.TryGetValue(identity, out var user) && user.Mailbox is not null ? user : Resolve(Mailboxes(tenant), identity);

    public static FakeDirectoryObject Recipient(FakeTenant tenant, string identity) =>
        tenant.FindLiveById(identity) is { } found && IsRecipient(found) ? found : Resolve(Recipients(tenant), identity);

    /// <summary>Whoever else holds the proxy (live or restorable), or null.</summary>
    public static FakeDirectoryObject? OtherHolder(FakeTenant tenant, FakeDirectoryObject self, string proxy)
    {
        return tenant.FindProxyHolders(proxy).FirstOrDefault(o => !ReferenceEquals(o, self));
    }
}
