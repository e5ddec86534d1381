namespace BotAlias.Microsoft365;

/// <summary>
/// The section <c>Microsoft365</c>. Unset identity values fall back to the Bot Framework names users already
/// have (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>),
/// so one app registration serves the bot and the directory.
/// </summary>
public sealed class Microsoft365Options
{
    public const string Section = "Microsoft365";

    /// <summary>The organisation's tenant id (a GUID): Exchange's admin endpoint is addressed per tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id; defaults to MicrosoftAppId.</summary>
    public string? ClientId { get; set; }

    /// <summary>Null: a managed identity when MicrosoftAppType is UserAssignedMSI, otherwise a client secret.</summary>
    public Microsoft365CredentialKind? Credential { get; set; }

    /// <summary>Defaults to MicrosoftAppPassword. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PFX (or PEM with its key) holding the app's certificate and private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX password, if it has one. Never logged.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>For a user-assigned managed identity: its client id (defaults to ClientId); empty for system-assigned.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public Uri GraphBaseUrl { get; set; } = new("https://graph.microsoft.com/");

    public Uri ExchangeBaseUrl { get; set; } = new("https://outlook.office365.com/");

    /// <summary>How long the tenant's domains are trusted before they are read again.</summary>
    public TimeSpan DomainCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The bot's id in the organisation's Teams app catalog, to install it for people who never opened it.</summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>Each HTTP attempt's limit.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>All attempts of one call, throttling waits included, before the directory counts as unavailable.</summary>
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How fast bulk runs write (Microsoft365:Bulk:MaxConcurrency, Microsoft365:Bulk:WritesPerSecond).</summary>
    public Microsoft365BulkOptions Bulk { get; set; } = new();

    public Microsoft365CredentialKind EffectiveCredential(string? microsoftAppType) =>
        Credential ?? (string.Equals(microsoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase)
            ? Microsoft365CredentialKind.ManagedIdentity
            : Microsoft365CredentialKind.ClientSecret);
}
