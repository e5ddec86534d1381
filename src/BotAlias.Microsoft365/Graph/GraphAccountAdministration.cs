using BotAlias.Core.Administration;
using BotAlias.Core.Directory;

namespace BotAlias.Microsoft365.Graph;

/// <summary>
/// Sign-in, sessions, sign-in name and licences through Graph. Each write reads first, skips what is already
/// so, and reads back after, so a re-run after a crash neither fails nor applies twice.
/// </summary>
public sealed class GraphAccountAdministration(GraphClient client, IUserMailboxKindResolver? mailboxKinds = null) : IAccountAdministration
{
    public async Task<DirectoryUser> SetAccountEnabledAsync(string userId, bool enabled, CancellationToken cancellationToken = default)
    {
        var user = await client.SetAccountEnabledAsync(userId, enabled, cancellationToken).ConfigureAwait(false);
        if (user.AccountEnabled != enabled)
        {
            throw new DirectoryConflictException(DirectoryConflictReason.Other, $"Microsoft Graph accepted the change but user {userId} still reads accountEnabled={user.AccountEnabled}.");
        }

        return GraphDirectoryMapping.ToDirectoryUser(user, await KindAsync(user.Id, cancellationToken).ConfigureAwait(false));
    }

    public Task RevokeSignInSessionsAsync(string userId, CancellationToken cancellationToken = default) =>
        client.RevokeSignInSessionsAsync(userId, cancellationToken);

    public async Task<DirectoryUser> SetUserPrincipalNameAsync(string userId, string userPrincipalName, CancellationToken cancellationToken = default)
    {
        var user = await client.SetUserPrincipalNameAsync(userId, userPrincipalName, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(user.UserPrincipalName, userPrincipalName, StringComparison.OrdinalIgnoreCase))
        {
            throw new DirectoryConflictException(DirectoryConflictReason.Other, $"Microsoft Graph accepted the change but user {userId} still signs in as {user.UserPrincipalName}.");
        }

        return GraphDirectoryMapping.ToDirectoryUser(user, await KindAsync(user.Id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Each licence once, with the group that assigns it when one does (then it cannot be removed from the user
    /// directly, even if it is also assigned directly).
    /// </summary>
    public async Task<IReadOnlyList<LicenseAssignment>> GetLicensesAsync(string userId, CancellationToken cancellationToken = default)
    {
        var details = await client.GetLicenseDetailsAsync(userId, cancellationToken).ConfigureAwait(false);
        var states = await client.GetLicenseAssignmentStatesAsync(userId, cancellationToken).ConfigureAwait(false);
        return details
            .Select(d => new LicenseAssignment(
                d.SkuId,
                d.SkuPartNumber ?? d.SkuId.ToString(),
                states.FirstOrDefault(s => s.SkuId == d.SkuId && s.AssignedByGroup is not null)?.AssignedByGroup,
                d.ServicePlans.Any(p => p.ServicePlanName is { } name
                    && name.StartsWith("EXCHANGE_S_", StringComparison.OrdinalIgnoreCase)
                    // The foundation plan is a tenant-level building block, not a mailbox.
                    && !name.Equals("EXCHANGE_S_FOUNDATION", StringComparison.OrdinalIgnoreCase))))
            .ToList();
    }

    /// <summary>
    /// Adds what is missing and removes what is directly assigned, in one assignLicense call, or none when
    /// nothing would change. A licence that only a group gives is refused before any call: assignLicense
    /// cannot remove it (the user must leave the group).
    /// </summary>
    public async Task<IReadOnlyList<LicenseAssignment>> ChangeLicensesAsync(
        string userId,
        IReadOnlyCollection<Guid> add,
        IReadOnlyCollection<Guid> remove,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        var current = await GetLicensesAsync(userId, cancellationToken).ConfigureAwait(false);
        var states = await client.GetLicenseAssignmentStatesAsync(userId, cancellationToken).ConfigureAwait(false);
        var direct = states.Where(s => s.AssignedByGroup is null).Select(s => s.SkuId).ToHashSet();

        var inherited = remove.Where(sku => !direct.Contains(sku) && current.Any(l => l.SkuId == sku)).ToList();
        if (inherited.Count > 0)
        {
            // The person must learn which group to take the user out of, so the group is named, not just its id.
            var names = new List<string>();
            foreach (var licence in inherited.Select(sku => current.First(l => l.SkuId == sku)))
            {
                var group = licence.AssignedByGroupId is { } groupId
                    ? await GroupNameAsync(groupId, cancellationToken).ConfigureAwait(false)
                    : "a group";
                names.Add($"{licence.SkuPartNumber} (from group {group})");
            }

            throw new DirectoryConflictException(DirectoryConflictReason.Other, $"User {userId}'s licence {string.Join(", ", names)} comes from a group; remove the user from that group instead.");
        }

        var toAdd = add.Where(sku => current.All(l => l.SkuId != sku)).Distinct().ToList();
        var toRemove = remove.Where(direct.Contains).Distinct().ToList();
        if (toAdd.Count == 0 && toRemove.Count == 0)
        {
            return current;
        }

        await client.AssignLicenseAsync(userId, toAdd, toRemove, cancellationToken).ConfigureAwait(false);
        return await GetLicensesAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"All Staff (id)"; the id alone when the name cannot be read, so the refusal is still explained.</summary>
    private async Task<string> GroupNameAsync(string groupId, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetGroupDisplayNameAsync(groupId, cancellationToken).ConfigureAwait(false) is { Length: > 0 } name
                ? $"\"{name}\" ({groupId})"
                : groupId;
        }
        catch (DirectoryAccessDeniedException)
        {
            return groupId;
        }
    }

    private async Task<RecipientKind> KindAsync(string userId, CancellationToken cancellationToken) =>
        mailboxKinds is null ? RecipientKind.User : await mailboxKinds.GetMailboxKindAsync(userId, cancellationToken).ConfigureAwait(false);
}
