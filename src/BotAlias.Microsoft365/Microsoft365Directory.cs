using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;
using BotAlias.Microsoft365.Graph;

namespace BotAlias.Microsoft365;

/// <summary>
/// The organisation's directory through Microsoft Graph, completed by Exchange where Graph is blind:
/// who holds an address is asked of both at once, because dynamic distribution groups, mail-enabled public
/// folders and soft-deleted mailboxes exist only in Exchange, while Graph alone sees the Entra recycle bin.
/// </summary>
public sealed class Microsoft365Directory(GraphDirectoryReader graph, ExchangeRecipientReader exchange) : IDirectory
{
    public Task<DirectoryUser?> FindUserAsync(string userId, CancellationToken cancellationToken = default) =>
        graph.FindUserAsync(userId, cancellationToken);

    public Task<DirectoryUser?> FindUserByPrincipalNameAsync(string userPrincipalName, CancellationToken cancellationToken = default) =>
        graph.FindUserByPrincipalNameAsync(userPrincipalName, cancellationToken);

    public Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken = default) =>
        graph.GetManagerAsync(userId, cancellationToken);

    public Task<IReadOnlyList<DirectoryUser>> GetDirectReportsAsync(string managerId, CancellationToken cancellationToken = default) =>
        graph.GetDirectReportsAsync(managerId, cancellationToken);

    /// <summary>
    /// Graph's recipient, completed by Exchange's Get-Recipient with what only Exchange holds: whether it is hidden
    /// from address lists (Graph's <c>showInAddressList</c> is documented as not to be used) and a mail contact's
    /// ExternalEmailAddress (an orgContact has no such property). Both are asked at once.
    /// </summary>
    public async Task<Recipient?> FindRecipientAsync(string recipientId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        var fromGraph = graph.FindRecipientAsync(recipientId, cancellationToken);
        var fromExchange = exchange.FindRecipientAsync(recipientId, cancellationToken);
        await Task.WhenAll(fromGraph, fromExchange).ConfigureAwait(false);
        var recipient = await fromGraph.ConfigureAwait(false);
        var exchangeView = await fromExchange.ConfigureAwait(false);
        return recipient is null || exchangeView is null
            ? recipient
            : recipient with
            {
                HiddenFromAddressLists = exchangeView.HiddenFromAddressLists,
                ExternalAddress = exchangeView.ExternalAddress ?? recipient.ExternalAddress,
            };
    }

    public Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default) =>
        graph.GetDomainsAsync(cancellationToken);

    /// <summary>
    /// A live holder is preferred over one in a recycle bin: it is the one mail reaches today. Graph and
    /// Exchange are asked concurrently; a failure of either fails the lookup, because "nobody holds it" must
    /// never be guessed from half an answer.
    /// </summary>
    public async Task<AddressHolder?> FindHolderAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var fromGraph = graph.FindGraphHoldersAsync(address, cancellationToken);
        var fromExchange = exchange.FindExchangeOnlyHoldersAsync(address, cancellationToken);
        await Task.WhenAll(fromGraph, fromExchange).ConfigureAwait(false);
        var holders = (await fromGraph.ConfigureAwait(false)).Concat(await fromExchange.ConfigureAwait(false)).ToList();
        return holders.FirstOrDefault(h => !IsDeleted(h.Recipient.Kind)) ?? holders.FirstOrDefault();
    }

    /// <summary>
    /// Graph has no index over address prefixes that this app can use without advanced queries, so a whole
    /// address is looked up exactly and a partial one finds nothing rather than scanning the tenant.
    /// </summary>
    public async Task<IReadOnlyList<AddressHolder>> SearchAddressesAsync(string prefix, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return EmailAddress.TryParse(prefix.Trim(), out var address)
            && await FindHolderAsync(address!, cancellationToken).ConfigureAwait(false) is { } holder
            ? [holder]
            : [];
    }

    public Task<bool> IsMemberOfGroupAsync(string userId, string groupId, CancellationToken cancellationToken = default) =>
        graph.IsMemberOfGroupAsync(userId, groupId, cancellationToken);

    public Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default) =>
        graph.GetGroupMembersAsync(groupId, cancellationToken);

    private static bool IsDeleted(RecipientKind kind) => kind is RecipientKind.SoftDeletedMailbox or RecipientKind.DeletedObject;
}
