namespace BotAlias.Directory.DemoTenant.Persisted;

/// <summary>
/// The whole demo tenant as stored in the seed and in the data folder. Everything but the tenant id is
/// optional, so data files written by earlier versions still load.
/// </summary>
internal sealed partial record DemoTenantDocument
{
    public required string TenantId { get; init; }

    public OrganizationRecord? Organization { get; init; }

    public IReadOnlyList<DomainRecord> Domains { get; init => field = value ?? []; } = [];

    /// <summary>The products licences can be assigned from.</summary>
    public IReadOnlyList<SubscribedSkuRecord> SubscribedSkus { get; init => field = value ?? []; } = [];

    public IReadOnlyList<UserRecord> Users { get; init => field = value ?? []; } = [];

    public IReadOnlyList<SharedMailboxRecord> SharedMailboxes { get; init => field = value ?? []; } = [];

    public IReadOnlyList<GroupRecord> Groups { get; init => field = value ?? []; } = [];

    public IReadOnlyList<MailContactRecord> MailContacts { get; init => field = value ?? []; } = [];

    /// <summary>Holders Graph's lists do not show; see <see cref="UnlistedRecipientRecord"/>.</summary>
    public IReadOnlyList<UnlistedRecipientRecord> UnlistedRecipients { get; init => field = value ?? []; } = [];
}
