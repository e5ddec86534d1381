namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>The whole demo tenant as stored in the seed and in the data folder.</summary>
internal sealed record DemoTenantDocument
{
    public required string TenantId { get; init; }

    public IReadOnlyList<DomainRecord> Domains { get; init => field = value ?? []; } = [];

    public IReadOnlyList<UserRecord> Users { get; init => field = value ?? []; } = [];

    public IReadOnlyList<SharedMailboxRecord> SharedMailboxes { get; init => field = value ?? []; } = [];

    public IReadOnlyList<GroupRecord> Groups { get; init => field = value ?? []; } = [];

    public IReadOnlyList<MailContactRecord> MailContacts { get; init => field = value ?? []; } = [];

    /// <summary>
    /// A copy with one recipient's secondary addresses replaced. The caller has already
    /// checked that the recipient exists; an unknown id leaves the document unchanged.
    /// </summary>
    public DemoTenantDocument WithSecondaryAddresses(string recipientId, IReadOnlyList<string> secondaryAddresses)
    {
        bool Matches(string id) => string.Equals(id, recipientId, StringComparison.OrdinalIgnoreCase);

        return this with
        {
            Users = [.. Users.Select(u => Matches(u.Id) && u.Mailbox is not null
                ? u with { Mailbox = u.Mailbox with { SecondaryAddresses = secondaryAddresses } }
                : u)],
            SharedMailboxes = [.. SharedMailboxes.Select(m => Matches(m.Id) ? m with { SecondaryAddresses = secondaryAddresses } : m)],
            Groups = [.. Groups.Select(g => Matches(g.Id) ? g with { SecondaryAddresses = secondaryAddresses } : g)],
            MailContacts = [.. MailContacts.Select(c => Matches(c.Id) ? c with { SecondaryAddresses = secondaryAddresses } : c)],
        };
    }
}
