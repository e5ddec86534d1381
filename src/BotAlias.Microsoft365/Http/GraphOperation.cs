namespace BotAlias.Microsoft365.Http;

/// <summary>What the adapter asked Graph to do, so a 403 can name the permission that operation needs.</summary>
public enum GraphOperation
{
    ReadUsers,
    ReadGroups,
    ReadGroupMembers,
    ReadContacts,
    ReadDomains,
    ReadDeletedUsers,
    ReadDeletedGroups,
    SetAccountEnabled,
    RevokeSignInSessions,
    SetUserPrincipalName,
    ReadMailboxSettings,
    WriteMailboxSettings,
    ReadLicenses,
    AssignLicense,
    ReadTeamsApps,
    InstallTeamsApp,
}
