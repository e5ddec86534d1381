using BotAlias.Core.Addresses;

namespace BotAlias.Core.Directory;

/// <summary>Read side of the organisation's directory (demo tenant or Microsoft 365).</summary>
public interface IDirectory
{
    Task<DirectoryUser?> FindUserAsync(string userId, CancellationToken cancellationToken = default);

    Task<DirectoryUser?> FindUserByPrincipalNameAsync(string userPrincipalName, CancellationToken cancellationToken = default);

    Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>The users whose manager is <paramref name="managerId"/>, by display name; empty for none or an unknown user.</summary>
    Task<IReadOnlyList<DirectoryUser>> GetDirectReportsAsync(string managerId, CancellationToken cancellationToken = default);

    /// <summary>Any recipient (mailbox, shared mailbox, group, contact) by its id.</summary>
    Task<Recipient?> FindRecipientAsync(string recipientId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default);

    /// <summary>Who holds the address, primary or secondary, across users, groups and contacts.</summary>
    Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default);

    /// <summary>
    /// The addresses that start with <paramref name="prefix"/>, ignoring case, with who holds each, in address order,
    /// at most <paramref name="limit"/>. A prefix without an @ is the start of a local part, so "jane" finds
    /// jane@, jane.doe@ and janet@ at every domain. Answers from an index: the cost does not grow with the tenant.
    /// </summary>
    /// <exception cref="ArgumentException">The prefix is empty or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The limit is less than 1.</exception>
    Task<IReadOnlyList<AddressHolder>> SearchAddressesAsync(string prefix, int limit, CancellationToken cancellationToken = default);

    Task<bool> IsMemberOfGroupAsync(string userId, string groupId, CancellationToken cancellationToken = default);

    /// <summary>The group's direct members who are users; empty for an unknown group.</summary>
    Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default);
}
