namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>
/// Copies of the document with one thing changed. Callers have already checked that the object exists
/// and that the change is allowed; an unknown id leaves the document unchanged.
/// </summary>
internal sealed partial record DemoTenantDocument
{
    /// <summary>Replaces one recipient's SMTP addresses: a user's mailbox, a shared mailbox, a group or a contact.</summary>
    public DemoTenantDocument WithAddresses(string recipientId, string primaryAddress, IReadOnlyList<string> secondaryAddresses) =>
        this with
        {
            Users = [.. Users.Select(u => Matches(u.Id, recipientId) && u.Mailbox is not null
                ? u with { Mailbox = u.Mailbox with { PrimaryAddress = primaryAddress, SecondaryAddresses = secondaryAddresses } }
                : u)],
            SharedMailboxes = [.. SharedMailboxes.Select(m => Matches(m.Id, recipientId)
                ? m with { PrimaryAddress = primaryAddress, SecondaryAddresses = secondaryAddresses }
                : m)],
            Groups = [.. Groups.Select(g => Matches(g.Id, recipientId)
                ? g with { PrimaryAddress = primaryAddress, SecondaryAddresses = secondaryAddresses }
                : g)],
            MailContacts = [.. MailContacts.Select(c => Matches(c.Id, recipientId)
                ? c with { PrimaryAddress = primaryAddress, SecondaryAddresses = secondaryAddresses }
                : c)],
        };

    /// <summary>
    /// Replaces the SMTP addresses of many user and shared mailboxes in one pass over the document, so a bulk batch
    /// costs one copy of the tenant however many mailboxes it touches. <paramref name="changes"/> is keyed by id,
    /// ignoring case.
    /// </summary>
    public DemoTenantDocument WithMailboxAddresses(IReadOnlyDictionary<string, MailboxAddresses> changes) =>
        changes.Count == 0
            ? this
            : this with
            {
                Users = [.. Users.Select(u => u.Mailbox is not null && changes.TryGetValue(u.Id, out var c)
                    ? u with { Mailbox = u.Mailbox with { PrimaryAddress = c.Primary, SecondaryAddresses = c.Secondaries } }
                    : u)],
                SharedMailboxes = [.. SharedMailboxes.Select(m => changes.TryGetValue(m.Id, out var c)
                    ? m with { PrimaryAddress = c.Primary, SecondaryAddresses = c.Secondaries }
                    : m)],
            };

    public DemoTenantDocument WithUser(string userId, Func<UserRecord, UserRecord> change) =>
        this with { Users = [.. Users.Select(u => Matches(u.Id, userId) ? change(u) : u)] };

    /// <summary>Changes the user's mailbox; a user without one is left as is.</summary>
    public DemoTenantDocument WithMailbox(string userId, Func<MailboxRecord, MailboxRecord> change) =>
        WithUser(userId, u => u.Mailbox is null ? u : u with { Mailbox = change(u.Mailbox) });

    public DemoTenantDocument WithMailContact(MailContactRecord contact) =>
        this with { MailContacts = [.. MailContacts, contact] };

    /// <summary>
    /// Removes the contact, and with it any mailbox's forwarding to it: Exchange's ForwardingAddress is a link
    /// to the object, which goes when the object does.
    /// </summary>
    public DemoTenantDocument WithoutMailContact(string contactId) =>
        this with
        {
            MailContacts = [.. MailContacts.Where(c => !Matches(c.Id, contactId))],
            Users = [.. Users.Select(u => u.Mailbox is { } m && m.ForwardingAddress is { } target && Matches(target, contactId)
                ? u with { Mailbox = m with { ForwardingAddress = null, DeliverToMailboxAndForward = false } }
                : u)],
        };

    private static bool Matches(string id, string wanted) => string.Equals(id, wanted, StringComparison.OrdinalIgnoreCase);
}
