using System.Collections.Frozen;

namespace BotAlias.Microsoft365.Http;

/// <summary>
/// The least-privileged application permission each operation needs. Graph's 403
/// (<c>Authorization_RequestDenied</c>, "Insufficient privileges to complete the operation.") never says which
/// one is missing, so the adapter names it from this table; the README and <c>doctor</c> use it too.
/// Sources: each API's "Permissions" section on learn.microsoft.com/graph/api, and ../shared/notes/microsoft365.md.
/// </summary>
public static class GraphPermissions
{
    public const string UserReadAll = "User.Read.All";
    public const string GroupMemberReadAll = "GroupMember.Read.All";
    public const string GroupReadAll = "Group.Read.All";
    public const string OrgContactReadAll = "OrgContact.Read.All";
    public const string DomainReadAll = "Domain.Read.All";
    public const string UserEnableDisableAccountAll = "User.EnableDisableAccount.All";
    public const string UserRevokeSessionsAll = "User.RevokeSessions.All";
    public const string UserReadWriteAll = "User.ReadWrite.All";
    public const string MailboxSettingsRead = "MailboxSettings.Read";
    public const string MailboxSettingsReadWrite = "MailboxSettings.ReadWrite";
    public const string LicenseAssignmentReadWriteAll = "LicenseAssignment.ReadWrite.All";
    public const string TeamsAppInstallationReadForUserAll = "TeamsAppInstallation.ReadForUser.All";
    public const string TeamsAppInstallationReadWriteSelfForUserAll = "TeamsAppInstallation.ReadWriteSelfForUser.All";

    private static readonly FrozenDictionary<GraphOperation, (string Permission, string Why)> Table =
        new Dictionary<GraphOperation, (string, string)>
        {
            // https://learn.microsoft.com/graph/api/user-get and user-list-manager
            [GraphOperation.ReadUsers] = (UserReadAll, "read users, their managers and the addresses they hold"),
            // https://learn.microsoft.com/graph/api/group-list
            [GraphOperation.ReadGroups] = (GroupMemberReadAll, "read groups and the addresses they hold"),
            // https://learn.microsoft.com/graph/api/group-list-members
            [GraphOperation.ReadGroupMembers] = (GroupMemberReadAll, "read who is in the approver and admin groups"),
            // https://learn.microsoft.com/graph/api/orgcontact-list
            [GraphOperation.ReadContacts] = (OrgContactReadAll, "read mail contacts and the addresses they hold"),
            // https://learn.microsoft.com/graph/api/domain-list
            [GraphOperation.ReadDomains] = (DomainReadAll, "read the tenant's verified mail domains"),
            // https://learn.microsoft.com/graph/api/directory-deleteditems-list
            [GraphOperation.ReadDeletedUsers] = (UserReadAll, "see users in the recycle bin, which still hold their addresses"),
            [GraphOperation.ReadDeletedGroups] = (GroupReadAll, "see groups in the recycle bin, which still hold their addresses"),
            // https://learn.microsoft.com/graph/api/user-update (accountEnabled: User.EnableDisableAccount.All + User.Read.All)
            [GraphOperation.SetAccountEnabled] = (UserEnableDisableAccountAll, "block a leaver's sign-in (with User.Read.All to read it back)"),
            // https://learn.microsoft.com/graph/api/user-revokesigninsessions
            [GraphOperation.RevokeSignInSessions] = (UserRevokeSessionsAll, "sign a leaver out everywhere"),
            // https://learn.microsoft.com/graph/api/user-update (userPrincipalName)
            [GraphOperation.SetUserPrincipalName] = (UserReadWriteAll, "change a user's sign-in name"),
            // https://learn.microsoft.com/graph/api/user-get-mailboxsettings and mailfolder-list-messagerules
            [GraphOperation.ReadMailboxSettings] = (MailboxSettingsRead, "read automatic replies and inbox rules"),
            // https://learn.microsoft.com/graph/api/user-update-mailboxsettings and mailfolder-post-messagerules
            [GraphOperation.WriteMailboxSettings] = (MailboxSettingsReadWrite, "set automatic replies and the inbox redirect rule"),
            // https://learn.microsoft.com/graph/api/user-list-licensedetails (app-only: User.Read.All is accepted)
            [GraphOperation.ReadLicenses] = (UserReadAll, "read a user's licences and where they come from"),
            // https://learn.microsoft.com/graph/api/user-assignlicense
            [GraphOperation.AssignLicense] = (LicenseAssignmentReadWriteAll, "remove a leaver's licences"),
            // https://learn.microsoft.com/graph/api/userteamwork-list-installedapps
            [GraphOperation.ReadTeamsApps] = (TeamsAppInstallationReadForUserAll, "see whether the bot is installed for a user"),
            // https://learn.microsoft.com/graph/api/userteamwork-post-installedapps
            [GraphOperation.InstallTeamsApp] = (TeamsAppInstallationReadWriteSelfForUserAll, "install the bot for an approver who never opened it"),
        }.ToFrozenDictionary();

    /// <summary>The application permission the operation needs at least.</summary>
    public static string For(GraphOperation operation) => Table[operation].Permission;

    /// <summary>Why BotAlias needs it, in words an administrator granting it can judge.</summary>
    public static string Purpose(GraphOperation operation) => Table[operation].Why;

    /// <summary>Every permission the adapter uses, each once, for the README and doctor.</summary>
    public static IReadOnlyList<string> All => Table.Values.Select(v => v.Permission).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
