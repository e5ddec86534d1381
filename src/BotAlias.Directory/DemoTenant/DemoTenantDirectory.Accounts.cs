using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>A user's account: sign-in, sessions, sign-in name.</summary>
public sealed partial class DemoTenantDirectory
{
    /// <exception cref="RecipientNotFoundException">No user has that id.</exception>
    /// <exception cref="DirectoryConflictException">The user is synced from on-premises, where accountEnabled is mastered.</exception>
    public Task<DirectoryUser> SetAccountEnabledAsync(string userId, bool enabled, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            state =>
            {
                var user = state.RequireUser(userId);
                if ((user.AccountEnabled ?? true) == enabled)
                {
                    return null;
                }

                user.RequireNotSynced("whether its sign-in is enabled");
                return state.Document.WithUser(user.Id, u => u with { AccountEnabled = enabled });
            },
            state => state.UsersById[userId],
            cancellationToken);

    /// <summary>
    /// Records the time sessions were revoked, as Graph's signInSessionsValidFromDateTime; a re-run moves it on,
    /// which is what revoking again means.
    /// </summary>
    public Task RevokeSignInSessionsAsync(string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            state =>
            {
                var user = state.RequireUser(userId);
                var now = _timeProvider.GetUtcNow();
                return state.Document.WithUser(user.Id, u => u with { SignInSessionsValidFromDateTime = now });
            },
            _ => true,
            cancellationToken);

    /// <summary>When the user's sessions were last revoked, or null if never; for operators and tests.</summary>
    /// <exception cref="RecipientNotFoundException">No user has that id.</exception>
    public DateTimeOffset? GetSignInSessionsValidFrom(string userId) => _state.RequireUser(userId).SignInSessionsValidFromDateTime;

    /// <exception cref="ArgumentException">The name is not of the form name@domain.</exception>
    /// <exception cref="DirectoryConflictException">
    /// The domain is not verified, another user signs in with it or another recipient holds it as an address,
    /// or the user is synced from on-premises.
    /// </exception>
    public Task<DirectoryUser> SetUserPrincipalNameAsync(string userId, string userPrincipalName, CancellationToken cancellationToken = default)
    {
        if (!EmailAddress.TryParse(userPrincipalName?.Trim(), out var upn))
        {
            throw new ArgumentException($"'{userPrincipalName}' is not a sign-in name of the form name@domain.", nameof(userPrincipalName));
        }

        return ChangeAsync(
            state =>
            {
                var user = state.RequireUser(userId);
                if (string.Equals(user.UserPrincipalName, upn!.Value, StringComparison.Ordinal))
                {
                    return null;
                }

                user.RequireNotSynced("its sign-in name");
                if (!state.IsVerifiedDomain(upn.Domain))
                {
                    throw new DirectoryConflictException(
                        DirectoryConflictReason.DomainNotAccepted, $"{upn.Domain} is not a verified domain of the tenant, so {upn} cannot be a sign-in name.");
                }

                if (state.UsersByPrincipalName.GetValueOrDefault(upn.Value) is { } other && !string.Equals(other.Id, user.Id, StringComparison.OrdinalIgnoreCase))
                {
                    throw new DirectoryConflictException(
                        DirectoryConflictReason.AddressInUse, $"{other.DisplayName} (user, id {other.Id}) already signs in as {upn}.");
                }

                if (state.AddressIndex.GetValueOrDefault(upn) is { } holder && !string.Equals(holder.Recipient.Id, user.Id, StringComparison.OrdinalIgnoreCase))
                {
                    throw new DirectoryConflictException(
                        DirectoryConflictReason.AddressInUse,
                        $"{upn} is held by {RecipientDescription.Describe(holder.Recipient)}; a sign-in name that is someone else's address would be ambiguous.");
                }

                return state.Document.WithUser(user.Id, u => u with { UserPrincipalName = upn.Value });
            },
            state => state.UsersById[userId],
            cancellationToken);
    }
}
