namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>
/// An Entra user. Shared mailboxes are users too (disabled, with a <c>SharedMailbox</c> mailbox), as in
/// Microsoft 365.
/// </summary>
public sealed class FakeUser : FakeDirectoryObject
{
    public required string UserPrincipalName { get; set; }

    public bool AccountEnabled { get; set; } = true;

    public string? JobTitle { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    /// <summary>Entra's mailNickname (Exchange's Alias); null reads as the UPN's local part, as Entra fills it in.</summary>
    public string? MailNickname { get; set; }

    public string? ManagerId { get; set; }

    public List<string> DirectoryRoles { get; } = [];

    public FakeMailbox? Mailbox { get; set; }

    public List<FakeLicense> Licenses { get; } = [];

    /// <summary>Teams app installations in the user's personal scope: installation id -> catalog app id.</summary>
    public Dictionary<string, string> InstalledTeamsApps { get; } = [];

    /// <summary>Set by <c>revokeSignInSessions</c>; Graph exposes it as <c>signInSessionsValidFromDateTime</c>.</summary>
    public DateTimeOffset? SignInSessionsValidFrom { get; set; }
}
