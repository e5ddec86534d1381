using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Tests.Offboarding;

/// <summary>A user of <see cref="FakeTenant"/>, with their mailbox when <see cref="Primary"/> is set.</summary>
internal sealed class FakeUser
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public required string UserPrincipalName { get; set; }

    public string? ManagerId { get; init; }

    public bool AccountEnabled { get; set; } = true;

    public bool OnPremisesSyncEnabled { get; init; }

    public List<string> GroupIds { get; init; } = [];

    public EmailAddress? Primary { get; set; }

    public List<EmailAddress> Secondaries { get; init; } = [];

    public MailboxType Type { get; set; } = MailboxType.Regular;

    public bool Hidden { get; set; }

    public string? LegacyExchangeDn { get; init; }

    public List<string> X500 { get; init; } = [];

    public MailForwarding? Forwarding { get; set; }

    public long? SizeBytes { get; init; }

    public bool OnHold { get; init; }

    public Dictionary<string, MailboxAccess> Delegates { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public AutomaticReplies AutomaticReplies { get; set; } = AutomaticReplies.Off;

    public EmailAddress? RedirectTo { get; set; }

    public HashSet<Guid> DirectLicenses { get; init; } = [];

    /// <summary>Licences inherited from a group: sku to group id.</summary>
    public Dictionary<Guid, string> GroupLicenses { get; init; } = [];

    /// <summary>The tenant's licence catalogue, set when the user joins it.</summary>
    public Dictionary<Guid, (string PartNumber, bool Exchange)> Skus { get; set; } = [];

    public bool HasMailbox => Primary is not null;

    public IEnumerable<EmailAddress> AllAddresses => Primary is null ? [] : Secondaries.Prepend(Primary);

    public Recipient ToRecipient() => new()
    {
        Id = Id,
        Kind = Type == MailboxType.Shared ? RecipientKind.SharedMailbox : RecipientKind.User,
        DisplayName = DisplayName,
        PrimaryAddress = Primary!,
        SecondaryAddresses = Secondaries.ToList(),
        HiddenFromAddressLists = Hidden,
        OnPremisesSyncEnabled = OnPremisesSyncEnabled,
    };

    public DirectoryUser ToDirectoryUser() => new()
    {
        Id = Id,
        UserPrincipalName = UserPrincipalName,
        DisplayName = DisplayName,
        ManagerId = ManagerId,
        AccountEnabled = AccountEnabled,
        OnPremisesSyncEnabled = OnPremisesSyncEnabled,
        Mailbox = HasMailbox ? ToRecipient() : null,
    };

    public MailboxDetails ToMailboxDetails() => new()
    {
        UserId = Id,
        Type = Type,
        HiddenFromAddressLists = Hidden,
        LegacyExchangeDn = LegacyExchangeDn,
        X500Addresses = X500.ToList(),
        Forwarding = Forwarding,
        TotalItemSizeBytes = SizeBytes,
        OnHold = OnHold,
        Delegates = new Dictionary<string, MailboxAccess>(Delegates, StringComparer.OrdinalIgnoreCase),
    };

    public IReadOnlyList<LicenseAssignment> Licenses() =>
        DirectLicenses.Select(s => new LicenseAssignment(s, Skus[s].PartNumber, null, Skus[s].Exchange))
            .Concat(GroupLicenses.Select(g => new LicenseAssignment(g.Key, Skus[g.Key].PartNumber, g.Value, Skus[g.Key].Exchange)))
            .ToList();
}
