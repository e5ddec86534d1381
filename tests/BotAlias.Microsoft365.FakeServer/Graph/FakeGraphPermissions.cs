using BotAlias.Microsoft365.FakeServer.Tokens;

namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>
/// Application permissions each endpoint accepts, least privileged first, from each API's "Permissions" section on
/// learn.microsoft.com/graph/api. A <c>.ReadWrite</c> permission satisfies the matching <c>.Read</c> one.
/// Without any, Graph answers 403 <c>Authorization_RequestDenied</c> "Insufficient privileges to complete the
/// operation." and does not say what is missing.
/// </summary>
public static class FakeGraphPermissions
{
    // https://learn.microsoft.com/graph/api/user-get, user-list, user-list-manager
    public static readonly string[] ReadUsers = ["User.Read.All", "Directory.Read.All"];

    // https://learn.microsoft.com/graph/api/group-list, group-get
    public static readonly string[] ReadGroups = ["GroupMember.Read.All", "Group.Read.All", "Directory.Read.All"];

    // https://learn.microsoft.com/graph/api/group-list-members
    public static readonly string[] ReadGroupMembers = ["GroupMember.Read.All", "Group.Read.All", "Directory.Read.All"];

    // https://learn.microsoft.com/graph/api/orgcontact-list, orgcontact-get
    public static readonly string[] ReadContacts = ["OrgContact.Read.All", "Directory.Read.All"];

    // https://learn.microsoft.com/graph/api/domain-list
    public static readonly string[] ReadDomains = ["Domain.Read.All", "Directory.Read.All"];

    // https://learn.microsoft.com/graph/api/directory-deleteditems-list
    public static readonly string[] ReadDeletedUsers = ["User.Read.All", "Directory.Read.All"];
    public static readonly string[] ReadDeletedGroups = ["Group.Read.All", "Directory.Read.All"];

    // https://learn.microsoft.com/graph/api/user-update: accountEnabled needs User.EnableDisableAccount.All (+ User.Read.All)
    public static readonly string[] SetAccountEnabled = ["User.EnableDisableAccount.All", "User.ReadWrite.All", "Directory.ReadWrite.All"];
    public static readonly string[] UpdateUser = ["User.ReadWrite.All", "Directory.ReadWrite.All"];

    // https://learn.microsoft.com/graph/api/user-revokesigninsessions
    public static readonly string[] RevokeSessions = ["User.RevokeSessions.All", "User.ReadWrite.All", "Directory.ReadWrite.All"];

    // https://learn.microsoft.com/graph/api/user-get-mailboxsettings, user-update-mailboxsettings, mailfolder-*-messagerules
    public static readonly string[] ReadMailboxSettings = ["MailboxSettings.Read"];
    public static readonly string[] WriteMailboxSettings = ["MailboxSettings.ReadWrite"];

    // https://learn.microsoft.com/graph/api/user-list-licensedetails, user-assignlicense
    public static readonly string[] ReadLicenses = ["LicenseAssignment.Read.All", "User.Read.All", "Directory.Read.All"];
    public static readonly string[] AssignLicense = ["LicenseAssignment.ReadWrite.All", "User.ReadWrite.All", "Directory.ReadWrite.All"];

    // https://learn.microsoft.com/graph/api/userteamwork-list-installedapps, userteamwork-post-installedapps
    public static readonly string[] ReadTeamsApps =
        ["TeamsAppInstallation.ReadForUser.All", "TeamsAppInstallation.ReadWriteSelfForUser.All", "TeamsAppInstallation.ReadWriteForUser.All"];

    public static readonly string[] InstallTeamsApp = ["TeamsAppInstallation.ReadWriteSelfForUser.All", "TeamsAppInstallation.ReadWriteForUser.All"];

    /// <exception cref="FakeGraphException">403 when the token carries none of the permissions.</exception>
    public static void Require(FakeAccessToken token, string[] accepted)
    {
        if (!token.Roles.Any(role => accepted.Any(a => Satisfies(role, a))))
        {
            throw new FakeGraphException(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }
    }

    private static bool Satisfies(string role, string accepted) =>
        string.Equals(role, accepted, StringComparison.Ordinal)
        || string.Equals(role, accepted.Replace(".Read.", ".ReadWrite.", StringComparison.Ordinal), StringComparison.Ordinal)
        || (accepted.EndsWith(".Read", StringComparison.Ordinal) && string.Equals(role, accepted + "Write", StringComparison.Ordinal));
}
