using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>Licences, as Graph's assignLicense changes them.</summary>
public sealed partial class DemoTenantDirectory
{
    /// <summary>Every licence the user has, one entry per way they get it (directly, or from each group).</summary>
    /// <exception cref="RecipientNotFoundException">No user has that id.</exception>
    public Task<IReadOnlyList<LicenseAssignment>> GetLicensesAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(LicensesOf(_state.RequireUser(userId)));

    /// <summary>
    /// Adds and removes direct licences in one step. Adding one the user has directly, or removing one they do
    /// not have, changes nothing. Removing an Exchange licence from a Regular mailbox is allowed, as in
    /// Microsoft 365, and recorded (<see cref="GetMailboxUnlicensedSince"/>): Exchange deletes the mailbox 30 days later.
    /// </summary>
    /// <exception cref="ArgumentException">A SKU is both added and removed.</exception>
    /// <exception cref="DirectoryConflictException">
    /// A SKU to add is not subscribed, or one to remove is given only by a group (the message names it).
    /// </exception>
    public Task<IReadOnlyList<LicenseAssignment>> ChangeLicensesAsync(
        string userId,
        IReadOnlyCollection<Guid> add,
        IReadOnlyCollection<Guid> remove,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        if (add.Intersect(remove).Select(id => (Guid?)id).FirstOrDefault() is { } both)
        {
            throw new ArgumentException($"SKU {both} is both added and removed; ask for one or the other.", nameof(remove));
        }

        return ChangeAsync(
            state =>
            {
                var user = state.RequireUser(userId);
                var licenses = user.Licenses.ToList();
                foreach (var skuId in remove.Distinct())
                {
                    RemoveDirectLicense(state, user, licenses, skuId);
                }

                foreach (var skuId in add.Distinct().Where(id => !licenses.Any(l => l.SkuId == id && l.AssignedByGroupId is null)))
                {
                    licenses.Add(DirectLicense(state, skuId));
                }

                if (licenses.SequenceEqual(user.Licenses))
                {
                    return null;
                }

                var document = state.Document.WithUser(user.Id, u => u with { Licenses = licenses });
                return user.Mailbox is { } mailbox
                    ? document.WithMailbox(user.Id, m => m with { UnlicensedSince = UnlicensedSince(mailbox, user.Licenses, licenses) })
                    : document;
            },
            state => LicensesOf(state.UserRecordsById[userId]),
            cancellationToken);
    }

    /// <summary>When the user's Regular mailbox lost its last Exchange Online licence; null while it has one, or is Shared.</summary>
    /// <exception cref="RecipientNotFoundException">No user has that id.</exception>
    public DateTimeOffset? GetMailboxUnlicensedSince(string userId) => _state.RequireUser(userId).Mailbox?.UnlicensedSince;

    private static void RemoveDirectLicense(DemoTenantState state, UserRecord user, List<LicenseRecord> licenses, Guid skuId)
    {
        var direct = licenses.FindIndex(l => l.SkuId == skuId && l.AssignedByGroupId is null);
        if (direct >= 0)
        {
            licenses.RemoveAt(direct);
            return;
        }

        if (licenses.FirstOrDefault(l => l.SkuId == skuId) is { AssignedByGroupId: { } groupId } inherited)
        {
            var group = state.GroupsById.GetValueOrDefault(groupId)?.DisplayName ?? "a group";
            throw new DirectoryConflictException(
                DirectoryConflictReason.Other,
                $"{user.DisplayName}'s licence {inherited.SkuPartNumber} comes from the group {group} (id {groupId}); it cannot be removed from the user, only by taking them out of that group.");
        }
    }

    private static LicenseRecord DirectLicense(DemoTenantState state, Guid skuId) =>
        state.SubscribedSkusById.GetValueOrDefault(skuId) is { } sku
            ? new LicenseRecord { SkuId = sku.SkuId, SkuPartNumber = sku.SkuPartNumber, IncludesExchangeOnline = sku.IncludesExchangeOnline }
            : throw new DirectoryConflictException(
                DirectoryConflictReason.Other, $"The organisation does not subscribe to SKU {skuId}, so it cannot be assigned.");

    private DateTimeOffset? UnlicensedSince(MailboxRecord mailbox, IReadOnlyList<LicenseRecord> before, List<LicenseRecord> after)
    {
        if (mailbox.Type != MailboxType.Regular || after.Any(l => l.IncludesExchangeOnline))
        {
            return null;
        }

        return before.Any(l => l.IncludesExchangeOnline) ? _timeProvider.GetUtcNow() : mailbox.UnlicensedSince;
    }

    private static IReadOnlyList<LicenseAssignment> LicensesOf(UserRecord user) =>
        [.. user.Licenses.Select(l => new LicenseAssignment(l.SkuId, l.SkuPartNumber, l.AssignedByGroupId, l.IncludesExchangeOnline))];
}
