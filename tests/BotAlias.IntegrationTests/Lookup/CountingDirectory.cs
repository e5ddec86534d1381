using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.IntegrationTests.Lookup;

/// <summary>The real directory, counting the calls made through it.</summary>
public sealed class CountingDirectory(IDirectory inner) : IDirectory
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Reset() => Interlocked.Exchange(ref _calls, 0);

    public Task<DirectoryUser?> FindUserAsync(string userId, CancellationToken cancellationToken = default) =>
        Count(inner.FindUserAsync(userId, cancellationToken));

    public Task<DirectoryUser?> FindUserByPrincipalNameAsync(string userPrincipalName, CancellationToken cancellationToken = default) =>
        Count(inner.FindUserByPrincipalNameAsync(userPrincipalName, cancellationToken));

    public Task<IReadOnlyList<DirectoryUser>> GetDirectReportsAsync(string managerId, CancellationToken cancellationToken = default) =>
        Count(inner.GetDirectReportsAsync(managerId, cancellationToken));

    public Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken = default) =>
        Count(inner.GetManagerAsync(userId, cancellationToken));

    public Task<Recipient?> FindRecipientAsync(string recipientId, CancellationToken cancellationToken = default) =>
        Count(inner.FindRecipientAsync(recipientId, cancellationToken));

    public Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default) =>
        Count(inner.GetDomainsAsync(cancellationToken));

    public Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default) =>
        Count(inner.FindHolderAsync(address, cancellationToken));

    public Task<IReadOnlyList<AddressHolder>> SearchAddressesAsync(string prefix, int limit, CancellationToken cancellationToken = default) =>
        Count(inner.SearchAddressesAsync(prefix, limit, cancellationToken));

    public Task<bool> IsMemberOfGroupAsync(string userId, string groupId, CancellationToken cancellationToken = default) =>
        Count(inner.IsMemberOfGroupAsync(userId, groupId, cancellationToken));

    public Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default) =>
        Count(inner.GetGroupMembersAsync(groupId, cancellationToken));

    private Task<T> Count<T>(Task<T> call)
    {
        Interlocked.Increment(ref _calls);
        return call;
    }
}
