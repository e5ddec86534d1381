using System.Runtime.CompilerServices;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Exchange;
using BotAlias.Microsoft365.Graph.Wire;

namespace BotAlias.Microsoft365.Graph;

/// <summary>
/// The tenant read whole for a bulk change: users from Graph page by page, told apart from shared mailboxes by ONE
/// paged Exchange call (Graph sees a shared mailbox as a disabled user), and every address holder from Graph's
/// users, groups, contacts and recycle bin plus the holders only Exchange lists.
/// </summary>
public sealed class GraphBulkDirectoryReader(GraphClient graph, IExchangeCommandTransport exchange) : IBulkDirectoryReader
{
    public async IAsyncEnumerable<BulkMailbox> ListMailboxesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var shared = await SharedMailboxIdsAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var page in graph.ListBulkUserPagesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var user in page)
            {
                if (ToBulkMailbox(user, shared) is { } mailbox)
                {
                    yield return mailbox;
                }
            }
        }
    }

    /// <param name="groupId">The group's object id, or its display name as the demo tenant allows.</param>
    public async IAsyncEnumerable<BulkMailbox> ListGroupMailboxesAsync(string groupId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        // An object id looks like a GUID (the demo seed's ids have the shape without being valid GUIDs).
        var ids = Guid.TryParse(groupId.Trim(), out _) || groupId.Count(c => c == '-') == 4
            ? [groupId.Trim()]
            : await graph.FindGroupIdsByDisplayNameAsync(groupId.Trim(), cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            yield break;
        }

        var shared = await SharedMailboxIdsAsync(cancellationToken).ConfigureAwait(false);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            await foreach (var page in graph.ListTransitiveMemberUserPagesAsync(id, cancellationToken).ConfigureAwait(false))
            {
                foreach (var user in page)
                {
                    if (seen.Add(user.Id) && ToBulkMailbox(user, shared) is { } mailbox)
                    {
                        yield return mailbox;
                    }
                }
            }
        }
    }

    public async IAsyncEnumerable<Recipient> ListAddressHoldersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var shared = await SharedMailboxIdsAsync(cancellationToken).ConfigureAwait(false);
        var kinds = new (GraphHolderKind Kind, Func<DirectoryObjectResource, RecipientKind> RecipientKindOf)[]
        {
            (GraphHolderKind.User, o => shared.Contains(o.Id) ? RecipientKind.SharedMailbox : RecipientKind.User),
            (GraphHolderKind.Group, _ => RecipientKind.Group),
            (GraphHolderKind.Contact, _ => RecipientKind.MailContact),
            (GraphHolderKind.DeletedUser, _ => RecipientKind.DeletedObject),
            (GraphHolderKind.DeletedGroup, _ => RecipientKind.DeletedObject),
        };
        foreach (var (kind, recipientKindOf) in kinds)
        {
            await foreach (var page in graph.ListHolderPagesAsync(kind, cancellationToken).ConfigureAwait(false))
            {
                foreach (var resource in page)
                {
                    if (GraphDirectoryMapping.ToRecipient(resource, recipientKindOf(resource)) is { } recipient)
                    {
                        yield return recipient;
                    }
                }
            }
        }

        foreach (var recipient in await ExchangeOnlyHoldersAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return recipient;
        }
    }

    /// <summary>A user with an SMTP proxy address has a mailbox; one without is skipped.</summary>
    private static BulkMailbox? ToBulkMailbox(BulkUserResource user, HashSet<string> sharedMailboxIds)
    {
        if (!user.ProxyAddresses.Any(p => p.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var kind = sharedMailboxIds.Contains(user.Id) ? RecipientKind.SharedMailbox : RecipientKind.User;
        var addresses = GraphDirectoryMapping.ToRecipient(
            new DirectoryObjectResource { Id = user.Id, DisplayName = user.DisplayName, Mail = user.Mail, ProxyAddresses = user.ProxyAddresses },
            kind);
        if (addresses is null)
        {
            return null;
        }

        var upn = user.UserPrincipalName ?? addresses.PrimaryAddress.Value;
        return new BulkMailbox
        {
            Id = user.Id,
            UserPrincipalName = upn,
            DisplayName = user.DisplayName ?? upn,
            GivenName = string.IsNullOrWhiteSpace(user.GivenName) ? null : user.GivenName,
            Surname = string.IsNullOrWhiteSpace(user.Surname) ? null : user.Surname,
            Alias = string.IsNullOrWhiteSpace(user.MailNickname) ? upn.Split('@')[0] : user.MailNickname,
            Kind = kind,
            PrimaryAddress = addresses.PrimaryAddress,
            SecondaryAddresses = addresses.SecondaryAddresses,
            OnPremisesSyncEnabled = user.OnPremisesSyncEnabled ?? false,
        };
    }

    /// <summary>One Exchange call, every page: <c>Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited</c>.</summary>
    private async Task<HashSet<string>> SharedMailboxIdsAsync(CancellationToken cancellationToken)
    {
        var command = new ExchangeCommand("Get-Mailbox").With("RecipientTypeDetails", ["SharedMailbox"]).With("ResultSize", "Unlimited");
        var mailboxes = (await exchange.InvokeAsync(command, cancellationToken).ConfigureAwait(false)).As(ExchangeJsonContext.Default.ExchangeMailbox);
        return mailboxes.Select(m => m.ExternalDirectoryObjectId).OfType<string>().Where(id => id.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Dynamic distribution groups, mail-enabled public folders and soft-deleted mailboxes: Graph lists none of them.</summary>
    private async Task<IReadOnlyList<Recipient>> ExchangeOnlyHoldersAsync(CancellationToken cancellationToken)
    {
        var live = new ExchangeCommand("Get-Recipient").With("RecipientTypeDetails", ["DynamicDistributionGroup", "PublicFolder"]).With("ResultSize", "Unlimited");
        var softDeleted = new ExchangeCommand("Get-Mailbox").With("SoftDeletedMailbox", true).With("ResultSize", "Unlimited");
        var liveRecipients = (await exchange.InvokeAsync(live, cancellationToken).ConfigureAwait(false)).As(ExchangeJsonContext.Default.ExchangeRecipient)
            .Select(r => ExchangeRecipientMapper.ToRecipient(r));
        var softDeletedRecipients = (await exchange.InvokeAsync(softDeleted, cancellationToken).ConfigureAwait(false)).As(ExchangeJsonContext.Default.ExchangeMailbox)
            .Select(m => ExchangeRecipientMapper.ToRecipient(ExchangeRecipientMapper.FromMailbox(m), RecipientKind.SoftDeletedMailbox));
        return [.. liveRecipients.Concat(softDeletedRecipients).OfType<Recipient>()];
    }
}
