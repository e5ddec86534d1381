using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Graph.Wire;

namespace BotAlias.Microsoft365.Graph;

/// <summary>
/// The directory as Microsoft Graph sees it, in the domain's types. The composition root combines it with
/// Exchange into <see cref="IDirectory"/>: Graph cannot see dynamic distribution groups, mail-enabled public
/// folders or soft-deleted mailboxes, cannot tell a shared mailbox from a user (see
/// <see cref="IUserMailboxKindResolver"/>), and does not report <c>HiddenFromAddressListsEnabled</c>.
/// </summary>
public sealed class GraphDirectoryReader(GraphClient client, IUserMailboxKindResolver? mailboxKinds = null)
{
    public async Task<DirectoryUser?> FindUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var user = await client.GetUserAsync(userId.Trim(), cancellationToken).ConfigureAwait(false);
        return user is null ? null : await ToUserAsync(user, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>By sign-in name; an id that happens to be passed in does not match.</summary>
    public async Task<DirectoryUser?> FindUserByPrincipalNameAsync(string userPrincipalName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userPrincipalName);
        var name = userPrincipalName.Trim();
        var user = await client.GetUserAsync(name, cancellationToken).ConfigureAwait(false);
        return user is null || !string.Equals(user.UserPrincipalName, name, StringComparison.OrdinalIgnoreCase)
            ? null
            : await ToUserAsync(user, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken = default)
    {
        var manager = await client.GetManagerAsync(userId, cancellationToken).ConfigureAwait(false);
        return manager is null ? null : await FindUserAsync(manager.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A mail-enabled user, group or contact by id; null when none has the id or it has no address.</summary>
    public async Task<Recipient?> FindRecipientAsync(string recipientId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientId);
        var found = await client.GetRecipientAsync(recipientId.Trim(), cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        var kind = found.Kind switch
        {
            GraphRecipientKind.User => await MailboxKindAsync(found.Resource.Id, cancellationToken).ConfigureAwait(false),
            GraphRecipientKind.Group => RecipientKind.Group,
            _ => RecipientKind.MailContact,
        };
        return GraphDirectoryMapping.ToRecipient(found.Resource, kind);
    }

    public async Task<IReadOnlyList<TenantDomain>> GetDomainsAsync(CancellationToken cancellationToken = default) =>
        (await client.GetDomainsAsync(cancellationToken).ConfigureAwait(false)).Select(GraphDirectoryMapping.ToTenantDomain).ToList();

    /// <summary>
    /// Everyone Graph sees holding the address, deleted users and groups included (as
    /// <see cref="RecipientKind.DeletedObject"/>). Usually one or none; more means the tenant is already inconsistent.
    /// </summary>
    public async Task<IReadOnlyList<AddressHolder>> FindGraphHoldersAsync(EmailAddress address, CancellationToken cancellationToken = default)
    {
        var holders = new List<AddressHolder>();
        foreach (var holder in await client.FindHoldersAsync(address, cancellationToken).ConfigureAwait(false))
        {
            var kind = holder.Kind switch
            {
                GraphHolderKind.User => await MailboxKindAsync(holder.Resource.Id, cancellationToken).ConfigureAwait(false),
                GraphHolderKind.Group => RecipientKind.Group,
                GraphHolderKind.Contact => RecipientKind.MailContact,
                _ => RecipientKind.DeletedObject,
            };
            var recipient = GraphDirectoryMapping.ToRecipient(holder.Resource, kind)
                ?? new Recipient { Id = holder.Resource.Id, Kind = kind, DisplayName = holder.Resource.DisplayName ?? address.Value, PrimaryAddress = address };
            holders.Add(new AddressHolder(recipient, address, recipient.PrimaryAddress == address));
        }

        return holders;
    }

    /// <param name="groupId">The group's id, or its display name as the demo tenant allows.</param>
    public async Task<bool> IsMemberOfGroupAsync(string userId, string groupId, CancellationToken cancellationToken = default)
    {
        foreach (var id in await ResolveGroupAsync(groupId, cancellationToken).ConfigureAwait(false))
        {
            if (await client.IsMemberAsync(id, userId, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The user's direct reports who are users (not contacts), by display name.</summary>
    public async Task<IReadOnlyList<DirectoryUser>> GetDirectReportsAsync(string managerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(managerId);
        var users = new List<DirectoryUser>();
        foreach (var report in await client.GetDirectReportsAsync(managerId.Trim(), cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(report.ODataType, "#microsoft.graph.user", StringComparison.OrdinalIgnoreCase))
            {
                users.Add(GraphDirectoryMapping.ToDirectoryUser(report, await MailboxKindAsync(report.Id, cancellationToken).ConfigureAwait(false)));
            }
        }

        return [.. users.OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The group's direct members who are users; empty for an unknown group.</summary>
    public async Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default)
    {
        var users = new List<DirectoryUser>();
        foreach (var id in await ResolveGroupAsync(groupId, cancellationToken).ConfigureAwait(false))
        {
            foreach (var member in await client.GetGroupMembersAsync(id, cancellationToken).ConfigureAwait(false))
            {
                if (string.Equals(member.ODataType, "#microsoft.graph.user", StringComparison.OrdinalIgnoreCase))
                {
                    users.Add(GraphDirectoryMapping.ToDirectoryUser(member, await MailboxKindAsync(member.Id, cancellationToken).ConfigureAwait(false)));
                }
            }
        }

        return users;
    }

    private async Task<DirectoryUser> ToUserAsync(UserResource user, CancellationToken cancellationToken) =>
        GraphDirectoryMapping.ToDirectoryUser(user, await MailboxKindAsync(user.Id, cancellationToken).ConfigureAwait(false));

    private async Task<RecipientKind> MailboxKindAsync(string userId, CancellationToken cancellationToken) =>
        mailboxKinds is null ? RecipientKind.User : await mailboxKinds.GetMailboxKindAsync(userId, cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<string>> ResolveGroupAsync(string groupId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        return Guid.TryParse(groupId, out _) || groupId.Count(c => c == '-') == 4
            ? [groupId.Trim()]
            : await client.FindGroupIdsByDisplayNameAsync(groupId.Trim(), cancellationToken).ConfigureAwait(false);
    }
}
