namespace BotAlias.Directory.DemoTenant.Persisted;

internal sealed record UserRecord
{
    /// <summary>The aadObjectId Teams sends; an opaque string, not necessarily a valid GUID.</summary>
    public required string Id { get; init; }

    public required string UserPrincipalName { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>Entra's givenName; absent in older files and for accounts without one (never guessed from the display name).</summary>
    public string? GivenName { get; init; }

    /// <summary>Entra's surname; absent as <see cref="GivenName"/>.</summary>
    public string? Surname { get; init; }

    public string? JobTitle { get; init; }

    public string? ManagerId { get; init; }

    /// <summary>Absent means enabled. Nullable because the JSON source generator drops property initializers.</summary>
    public bool? AccountEnabled { get; init; }

    public bool OnPremisesSyncEnabled { get; init; }

    /// <summary>What internal senders' autocomplete resolves to; needed when a leaver's mail moves.</summary>
    public string? LegacyExchangeDn { get; init; }

    /// <summary>Entra directory roles the user holds, by display name (e.g. "Exchange Administrator").</summary>
    public IReadOnlyList<string>? DirectoryRoles { get; init; }

    public MailboxRecord? Mailbox { get; init; }

    /// <summary>Licences, one entry per way the user gets a SKU; absent in data files written before licences existed.</summary>
    public IReadOnlyList<LicenseRecord> Licenses { get; init => field = value ?? []; } = [];

    /// <summary>Graph's property of that name: sessions and refresh tokens issued before it are void.</summary>
    public DateTimeOffset? SignInSessionsValidFromDateTime { get; init; }

    /// <summary>Whether the bot's Teams app is installed in the user's personal scope.</summary>
    public bool TeamsAppInstalled { get; init; }
}
