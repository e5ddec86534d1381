using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Graph.Wire;
using BotAlias.Microsoft365.Http;

namespace BotAlias.Microsoft365.Graph;

public sealed partial class GraphClient
{
    /// <summary>Reads the user; an absent user is an error here, since a write is about to follow.</summary>
    public async Task<UserResource> RequireUserAsync(string userId, CancellationToken cancellationToken = default) =>
        await GetUserAsync(userId, cancellationToken).ConfigureAwait(false)
            ?? throw new RecipientNotFoundException($"Microsoft Graph has no user {userId}.");

    /// <summary>
    /// Sets <c>accountEnabled</c> if it differs (https://learn.microsoft.com/graph/api/user-update), then reads the
    /// user back. Re-running changes nothing and sends no PATCH.
    /// </summary>
    public async Task<UserResource> SetAccountEnabledAsync(string userId, bool enabled, CancellationToken cancellationToken = default)
    {
        var user = await RequireUserAsync(userId, cancellationToken).ConfigureAwait(false);
        if (user.AccountEnabled == enabled)
        {
            return user;
        }

        using (await SendAsync(
            HttpMethod.Patch,
            Url($"users/{Segment(user.Id)}"),
            Body(new AccountEnabledPatch { AccountEnabled = enabled }, GraphJsonContext.Default.AccountEnabledPatch),
            GraphOperation.SetAccountEnabled,
            Describe("user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false))
        {
        }

        return await RequireUserAsync(user.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Invalidates the user's refresh tokens and session cookies
    /// (https://learn.microsoft.com/graph/api/user-revokesigninsessions). Repeating it only moves the cut-off to now.
    /// </summary>
    public async Task RevokeSignInSessionsAsync(string userId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(
            HttpMethod.Post,
            Url($"users/{Segment(userId)}/revokeSignInSessions"),
            EmptyJson(),
            GraphOperation.RevokeSignInSessions,
            Describe("user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false);
        var answer = await ReadAsync(response!, GraphJsonContext.Default.RevokeSignInSessionsResponse, cancellationToken).ConfigureAwait(false);
        if (!answer.Value)
        {
            throw new GraphServiceException($"Microsoft Graph did not confirm revoking the sign-in sessions of user {userId}.");
        }
    }

    /// <summary>Changes the sign-in name if it differs (case aside), then reads the user back.</summary>
    public async Task<UserResource> SetUserPrincipalNameAsync(string userId, string userPrincipalName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userPrincipalName);
        var user = await RequireUserAsync(userId, cancellationToken).ConfigureAwait(false);
        if (string.Equals(user.UserPrincipalName, userPrincipalName, StringComparison.OrdinalIgnoreCase))
        {
            return user;
        }

        using (await SendAsync(
            HttpMethod.Patch,
            Url($"users/{Segment(user.Id)}"),
            Body(new UserPrincipalNamePatch { UserPrincipalName = userPrincipalName }, GraphJsonContext.Default.UserPrincipalNamePatch),
            GraphOperation.SetUserPrincipalName,
            Describe("user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false))
        {
        }

        return await RequireUserAsync(user.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The user's licences with their service plans (https://learn.microsoft.com/graph/api/user-list-licensedetails).</summary>
    public async Task<IReadOnlyList<LicenseDetailsResource>> GetLicenseDetailsAsync(string userId, CancellationToken cancellationToken = default) =>
        await GetAllPagesAsync(
            Url($"users/{Segment(userId)}/licenseDetails"),
            GraphJsonContext.Default.CollectionPageLicenseDetailsResource,
            GraphOperation.ReadLicenses,
            Describe("licences of user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false) ?? [];

    /// <summary>Where each licence comes from: directly, or from a group (<c>assignedByGroup</c>).</summary>
    public async Task<IReadOnlyList<LicenseAssignmentStateResource>> GetLicenseAssignmentStatesAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await GetAsync(
            Url($"users/{Segment(userId)}?$select=id,licenseAssignmentStates"),
            GraphJsonContext.Default.UserLicenseStatesResource,
            GraphOperation.ReadLicenses,
            Describe("user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false);
        return user!.LicenseAssignmentStates;
    }

    /// <summary>One <c>assignLicense</c> call (https://learn.microsoft.com/graph/api/user-assignlicense); the caller filters out no-ops.</summary>
    public async Task AssignLicenseAsync(string userId, IReadOnlyCollection<Guid> add, IReadOnlyCollection<Guid> remove, CancellationToken cancellationToken = default)
    {
        var body = new AssignLicenseRequest
        {
            AddLicenses = add.Select(id => new AssignedLicenseResource { SkuId = id }).ToList(),
            RemoveLicenses = [.. remove],
        };
        using var response = await SendAsync(
            HttpMethod.Post,
            Url($"users/{Segment(userId)}/assignLicense"),
            Body(body, GraphJsonContext.Default.AssignLicenseRequest),
            GraphOperation.AssignLicense,
            Describe("user", userId),
            notFoundIsNull: false,
            cancellationToken).ConfigureAwait(false);
    }
}
