namespace BotAlias.Core.Directory;

/// <summary>A person in the directory, with the mailbox they hold (if any).</summary>
public sealed record DirectoryUser
{
    /// <summary>The Entra object id; Teams sends it as <c>from.aadObjectId</c>.</summary>
    public required string Id { get; init; }

    public required string UserPrincipalName { get; init; }

    public required string DisplayName { get; init; }

    public string? JobTitle { get; init; }

    public string? ManagerId { get; init; }

    public bool AccountEnabled { get; init; } = true;

    public bool OnPremisesSyncEnabled { get; init; }

    /// <summary>Entra directory roles held, by display name (e.g. "Exchange Administrator").</summary>
    public IReadOnlyList<string> DirectoryRoles { get; init; } = [];

    /// <summary>The user's mailbox, or null for a user without one.</summary>
    public Recipient? Mailbox { get; init; }
}
