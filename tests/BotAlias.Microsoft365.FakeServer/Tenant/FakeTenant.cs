namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>
/// The organisation behind both fakes, so a change made through Exchange shows in Graph as it does in
/// Microsoft 365 (after replication, which the fake makes instant). Handlers take <see cref="Gate"/> for
/// every read and write: requests arrive concurrently.
/// </summary>
public sealed class FakeTenant
{
    private readonly FakeAddressIndex _addresses;

    public FakeTenant()
    {
        _addresses = new FakeAddressIndex(this);
    }

    /// <summary>Settable: the demo seed's id is not a GUID, while a real tenant's (and the adapter's options) must be.</summary>
    public required string TenantId { get; set; }

    public object Gate { get; } = new();

    public List<FakeDomain> Domains { get; } = [];

    public Dictionary<string, FakeUser> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, FakeGroup> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, FakeContact> Contacts { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<FakeExchangeOnlyRecipient> ExchangeOnlyRecipients { get; } = [];

    public List<FakeDeletedObject> DeletedItems { get; } = [];

    /// <summary>
    /// Exchange refuses more proxy addresses than this on one recipient (reports say 400, or 333 written
    /// through Graph); tests lower it to reach it cheaply.
    /// </summary>
    public int MaxProxyAddresses { get; set; } = 400;

    /// <summary>The default outbound spam policy's AutoForwardingMode: Automatic, On or Off.</summary>
    public string AutoForwardingMode { get; set; } = "Automatic";

    /// <summary>The id of the Teams app in the organisation's catalog (what installedApps binds to).</summary>
    public string TeamsCatalogAppId { get; set; } = "7e1b5d2a-0000-4000-8000-00000000b0a1";

    /// <summary>Every live object that can hold an address, Exchange-only ones included.</summary>
    public IEnumerable<FakeDirectoryObject> LiveRecipients =>
        Users.Values.Cast<FakeDirectoryObject>().Concat(Groups.Values).Concat(Contacts.Values)
            .Concat(ExchangeOnlyRecipients.Where(r => !r.IsSoftDeleted));

    /// <summary>Every object whose addresses are taken: the live ones and the restorable deleted ones.</summary>
    public IEnumerable<FakeDirectoryObject> AllAddressHolders =>
        LiveRecipients.Concat(ExchangeOnlyRecipients.Where(r => r.IsSoftDeleted)).Concat(DeletedItems);

    /// <summary>Who holds the proxy address (any prefix), compared without case as Exchange does; null if nobody.</summary>
    public FakeDirectoryObject? FindProxyHolder(string proxyAddress) => FindProxyHolders(proxyAddress) is [var first, ..] ? first : null;

    /// <summary>Everyone holding the proxy address (a tenant should have one at most), from an index kept up to date.</summary>
    public IReadOnlyList<FakeDirectoryObject> FindProxyHolders(string proxyAddress)
    {
        ArgumentNullException.ThrowIfNull(proxyAddress);
        var colon = proxyAddress.IndexOf(':', StringComparison.Ordinal);
        return _addresses.Holders(colon > 0 ? proxyAddress : "smtp:" + proxyAddress);
    }

    /// <summary>How many objects can hold addresses; the index rebuilds when it changes.</summary>
    internal int HolderCount => Users.Count + Groups.Count + Contacts.Count + ExchangeOnlyRecipients.Count + DeletedItems.Count;

    internal bool Contains(FakeDirectoryObject o) => o switch
    {
        FakeUser u => Users.TryGetValue(u.Id, out var found) && ReferenceEquals(found, u),
        FakeGroup g => Groups.TryGetValue(g.Id, out var found) && ReferenceEquals(found, g),
        FakeContact c => Contacts.TryGetValue(c.Id, out var found) && ReferenceEquals(found, c),
        FakeExchangeOnlyRecipient r => ExchangeOnlyRecipients.Contains(r),
        FakeDeletedObject d => DeletedItems.Contains(d),
        _ => false,
    };

    public FakeDirectoryObject? FindLiveById(string id) =>
        Users.GetValueOrDefault(id) as FakeDirectoryObject
        ?? Groups.GetValueOrDefault(id) as FakeDirectoryObject
        ?? Contacts.GetValueOrDefault(id) as FakeDirectoryObject
        ?? ExchangeOnlyRecipients.FirstOrDefault(r => !r.IsSoftDeleted && string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether Exchange accepts mail for the domain: verified, with Email among its services.</summary>
    public bool IsAcceptedDomain(string domain) =>
        Domains.Any(d => d.IsVerified
            && d.SupportedServices.Contains("Email", StringComparer.OrdinalIgnoreCase)
            && string.Equals(d.Id, domain, StringComparison.OrdinalIgnoreCase));

    public string InitialDomain => Domains.First(d => d.IsInitial).Id;
}
