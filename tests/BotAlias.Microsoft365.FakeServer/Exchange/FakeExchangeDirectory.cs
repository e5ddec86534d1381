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

    public static FakeUser Mailbox(FakeTenant tenant, string identity) => Resolve(Mailboxes(tenant), identity);

    public static FakeDirectoryObject Recipient(FakeTenant tenant, string identity) => Resolve(Recipients(tenant), identity);

    /// <summary>Whoever else holds the proxy (live or restorable), or null.</summary>
    public static FakeDirectoryObject? OtherHolder(FakeTenant tenant, FakeDirectoryObject self, string proxy)
    {
        var holder = tenant.FindProxyHolder(proxy);
        if (holder is not null && !ReferenceEquals(holder, self))
        {
            return holder;
        }

        // FindProxyHolder returns the first holder; make sure no second one hides behind self.
        return tenant.AllAddressHolders.FirstOrDefault(o => !ReferenceEquals(o, self)
            && o.ProxyAddresses.Any(p => string.Equals(p, proxy, StringComparison.OrdinalIgnoreCase)));
    }
}
