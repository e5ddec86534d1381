using BotAlias.Core.Directory;

namespace BotAlias.Core.Administration;

/// <summary>A user's account, as opposed to their mailbox: sign-in, sessions, sign-in name, licences.</summary>
public interface IAccountAdministration
{
    Task<DirectoryUser> SetAccountEnabledAsync(string userId, bool enabled, CancellationToken cancellationToken = default);

    /// <summary>Invalidates refresh tokens and session cookies, so a disabled account is signed out everywhere.</summary>
    Task RevokeSignInSessionsAsync(string userId, CancellationToken cancellationToken = default);

    Task<DirectoryUser> SetUserPrincipalNameAsync(string userId, string userPrincipalName, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<LicenseAssignment>> GetLicensesAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Adds and removes directly assigned licences in one call; returns the licences read back.</summary>
    Task<IReadOnlyList<LicenseAssignment>> ChangeLicensesAsync(
        string userId,
        IReadOnlyCollection<Guid> add,
        IReadOnlyCollection<Guid> remove,
        CancellationToken cancellationToken = default);
}
