using System.Runtime.CompilerServices;
using BotAlias.Core.Administration;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>
/// Bulk changes: the whole tenant read from one state, and a batch of address writes committed as one document
/// write (one file write, one state rebuild), which is what keeps a 10,000-mailbox run fast here.
/// </summary>
public sealed partial class DemoTenantDirectory : IBulkDirectoryReader, IBulkAddressWriter
{
    public IAsyncEnumerable<BulkMailbox> ListMailboxesAsync(CancellationToken cancellationToken = default) =>
        Stream(AllBulkMailboxes(_state), cancellationToken);

    /// <param name="groupId">The group's id, or its display name (unique in the demo tenant).</param>
    public IAsyncEnumerable<BulkMailbox> ListGroupMailboxesAsync(string groupId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        var state = _state;
        var group = state.GroupsById.GetValueOrDefault(groupId.Trim()) ?? state.GroupsByDisplayName.GetValueOrDefault(groupId.Trim());
        return Stream(group is null ? [] : GroupBulkMailboxes(state, group), cancellationToken);
    }

    /// <summary>
    /// Mailboxes, mail-enabled groups and contacts, and the holders Graph does not list (soft-deleted mailboxes,
    /// dynamic groups, the recycle bin): their addresses are taken all the same.
    /// </summary>
    public IAsyncEnumerable<Recipient> ListAddressHoldersAsync(CancellationToken cancellationToken = default)
    {
        var state = _state;
        var unlisted = state.AddressIndex.Values.Select(h => h.Recipient).Where(r => !state.RecipientsById.ContainsKey(r.Id)).Distinct();
        return Stream(state.RecipientsById.Values.Concat(unlisted), cancellationToken);
    }

    /// <summary>
    /// Applies the writes in order against a working copy, each refused or applied on its own, then commits every
    /// change at once. Nothing is written when every write was already so or refused.
    /// </summary>
    public async Task<IReadOnlyList<BulkWriteOutcome>> ApplyAsync(IReadOnlyList<BulkWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return [];
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var state = _state;
            var batch = new DemoTenantBulkBatch(state, _maxProxyAddresses);
            var outcomes = writes.Select(batch.Apply).ToList();
            var changes = batch.Changes();
            if (changes.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await CommitAsync(state.Document.WithMailboxAddresses(changes), cancellationToken);
            }

            return outcomes;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static IEnumerable<BulkMailbox> AllBulkMailboxes(DemoTenantState state)
    {
        foreach (var user in state.Document.Users)
        {
            if (ToBulkMailbox(state, user) is { } mailbox)
            {
                yield return mailbox;
            }
        }

        foreach (var shared in state.Document.SharedMailboxes)
        {
            if (state.RecipientsById.GetValueOrDefault(shared.Id) is { } recipient)
            {
                yield return new BulkMailbox
                {
                    Id = recipient.Id,
                    UserPrincipalName = shared.PrimaryAddress,
                    DisplayName = recipient.DisplayName,
                    Alias = shared.Alias ?? LocalPart(shared.PrimaryAddress),
                    Kind = RecipientKind.SharedMailbox,
                    PrimaryAddress = recipient.PrimaryAddress,
                    SecondaryAddresses = recipient.SecondaryAddresses,
                    OnPremisesSyncEnabled = recipient.OnPremisesSyncEnabled,
                };
            }
        }
    }

    /// <summary>The members' mailboxes, nested groups followed (each group once, so a cycle ends), each mailbox once.</summary>
    private static IEnumerable<BulkMailbox> GroupBulkMailboxes(DemoTenantState state, DemoTenantGroup root)
    {
        var seenGroups = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { root.Id };
        var seenUsers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<DemoTenantGroup>([root]);
        while (pending.TryDequeue(out var group))
        {
            foreach (var userId in group.MemberIds)
            {
                if (seenUsers.Add(userId) && state.UserRecordsById.GetValueOrDefault(userId) is { } user && ToBulkMailbox(state, user) is { } mailbox)
                {
                    yield return mailbox;
                }
            }

            foreach (var nestedId in group.MemberGroupIds)
            {
                if (seenGroups.Add(nestedId) && state.GroupsById.GetValueOrDefault(nestedId) is { } nested)
                {
                    pending.Enqueue(nested);
                }
            }
        }
    }

    private static BulkMailbox? ToBulkMailbox(DemoTenantState state, UserRecord user)
    {
        if (user.Mailbox is not { } mailbox || state.RecipientsById.GetValueOrDefault(user.Id) is not { } recipient)
        {
            return null;
        }

        return new BulkMailbox
        {
            Id = recipient.Id,
            UserPrincipalName = user.UserPrincipalName,
            DisplayName = recipient.DisplayName,
            GivenName = user.GivenName,
            Surname = user.Surname,
            Alias = mailbox.Alias ?? LocalPart(user.UserPrincipalName),
            Kind = mailbox.Type == MailboxType.Shared ? RecipientKind.SharedMailbox : RecipientKind.User,
            PrimaryAddress = recipient.PrimaryAddress,
            SecondaryAddresses = recipient.SecondaryAddresses,
            OnPremisesSyncEnabled = recipient.OnPremisesSyncEnabled,
        };
    }

    private static string LocalPart(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? address[..at] : address;
    }

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        // The state is in memory: nothing to wait for, but the port is asynchronous for Microsoft 365's paging.
        await Task.CompletedTask;
    }
}
