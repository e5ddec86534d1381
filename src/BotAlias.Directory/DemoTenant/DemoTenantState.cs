using System.Diagnostics.CodeAnalysis;
using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>
/// One validated, immutable view of the tenant with its lookup tables. A write builds a new state
/// and swaps it in whole, so a reader never sees a recipient changed and its index not.
/// </summary>
internal sealed partial class DemoTenantState
{
    private DemoTenantState(DemoTenantDocument document)
    {
        Document = document;
    }

    public DemoTenantDocument Document { get; }

    public string TenantId => Document.TenantId;

    public AutoForwardingMode AutoForwardingMode => Document.Organization?.AutoForwardingMode ?? AutoForwardingMode.Automatic;

    public IReadOnlyList<TenantDomain> Domains { get; private set; } = [];

    public IReadOnlyDictionary<string, DirectoryUser> UsersById { get; private set; } = null!;

    public IReadOnlyDictionary<string, DirectoryUser> UsersByPrincipalName { get; private set; } = null!;

    /// <summary>The stored users, for what <see cref="DirectoryUser"/> does not carry (licences, sessions, app installs).</summary>
    public IReadOnlyDictionary<string, UserRecord> UserRecordsById { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> LegacyExchangeDnByUserId { get; private set; } = null!;

    /// <summary>
    /// Every object the ports can change that holds addresses: user mailboxes, shared mailboxes, mail-enabled
    /// groups, contacts. Unlisted holders (deleted, Exchange-only) are in <see cref="AddressIndex"/> only.
    /// </summary>
    public IReadOnlyDictionary<string, Recipient> RecipientsById { get; private set; } = null!;

    /// <summary>The Exchange side of each user mailbox, by user id.</summary>
    public IReadOnlyDictionary<string, MailboxDetails> MailboxesByUserId { get; private set; } = null!;

    public IReadOnlyDictionary<string, DemoTenantGroup> GroupsById { get; private set; } = null!;

    public IReadOnlyDictionary<string, DemoTenantGroup> GroupsByDisplayName { get; private set; } = null!;

    /// <summary>
    /// Every SMTP address held in the tenant, by listed and unlisted recipients alike. A contact's external
    /// address is deliberately absent unless it is also the contact's own address: it is where mail is
    /// delivered, not an address the tenant receives for.
    /// </summary>
    public IReadOnlyDictionary<EmailAddress, AddressHolder> AddressIndex { get; private set; } = null!;

    /// <summary>Who holds each X500 proxy address (a user id), compared ignoring case as Exchange does.</summary>
    public IReadOnlyDictionary<string, string> X500Holders { get; private set; } = null!;

    /// <summary>The same addresses in sorted order, for prefix search.</summary>
    public AddressPrefixIndex AddressesByPrefix { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, SubscribedSkuRecord> SubscribedSkusById { get; private set; } = null!;

    public bool IsAcceptedDomain(string domain) =>
        Domains.Any(d => d.IsVerified && d.SupportsEmail && string.Equals(d.Name, domain, StringComparison.OrdinalIgnoreCase));

    public bool IsVerifiedDomain(string domain) =>
        Domains.Any(d => d.IsVerified && string.Equals(d.Name, domain, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every proxy address of the recipient, SMTP and X500, as counted against the cap.</summary>
    public int ProxyAddressCount(Recipient recipient) =>
        1 + recipient.SecondaryAddresses.Count + (MailboxesByUserId.GetValueOrDefault(recipient.Id)?.X500Addresses.Count ?? 0);

    /// <summary>Builds the state, or lists every problem found so a seed can be fixed in one pass.</summary>
    public static bool TryBuild(
        DemoTenantDocument document,
        [NotNullWhen(true)] out DemoTenantState? state,
        out IReadOnlyList<string> problems)
    {
        var builder = new Builder(document);
        builder.Run();
        problems = builder.Problems;
        state = problems.Count == 0 ? builder.State : null;
        return state is not null;
    }
}
