namespace BotAlias.Core.Validation;

/// <summary>
/// Settings of the address policy, bound from the "AddressPolicy" configuration section.
/// The lists start EMPTY and an empty list means the built-in default
/// (<see cref="DefaultConsumerDomains"/>, <see cref="DefaultReservedLocalParts"/>): configuration binding
/// appends to a pre-filled list instead of replacing it, so a configured list would otherwise only ever add
/// to the defaults. A configured list therefore REPLACES the default; repeat the defaults you want to keep.
/// </summary>
public sealed class AddressPolicyOptions
{
    public const string SectionName = "AddressPolicy";

    /// <summary>Free or paid personal mail services: no organisation can give out addresses there.</summary>
    public static IReadOnlyList<string> DefaultConsumerDomains { get; } =
    [
        "gmail.com", "googlemail.com",
        "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com", "rocketmail.com",
        "aol.com",
        "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "live.com", "live.co.uk", "msn.com",
        "icloud.com", "me.com", "mac.com",
        "proton.me", "protonmail.com", "pm.me",
        "gmx.com", "gmx.de", "gmx.net", "web.de", "t-online.de",
        "mail.com", "zoho.com", "fastmail.com", "tutanota.com", "hey.com",
        "yandex.ru", "yandex.com", "mail.ru",
        "qq.com", "163.com", "126.com",
        "orange.fr", "free.fr", "libero.it", "btinternet.com", "comcast.net",
    ];

    /// <summary>
    /// RFC 2142's role mailboxes, the addresses certificate authorities mail to prove control of a domain
    /// (admin, administrator, hostmaster, postmaster, webmaster: whoever holds one can get TLS certificates
    /// issued for the domain), and no-reply senders. Compared ignoring case, dots, hyphens and underscores.
    /// </summary>
    public static IReadOnlyList<string> DefaultReservedLocalParts { get; } =
    [
        "postmaster", "hostmaster", "webmaster", "abuse", "security", "noc",
        "info", "marketing", "sales", "support", "usenet", "news", "www", "uucp", "ftp",
        "admin", "administrator", "root", "ssladmin", "ssladministrator", "sslwebmaster",
        "noreply", "donotreply", "mailer-daemon",
    ];

    /// <summary>Empty means <see cref="DefaultConsumerDomains"/>; a configured list replaces it.</summary>
    public List<string> ConsumerDomains { get; set; } = [];

    /// <summary>Domains reserved for another mail service, each with the reason shown to the requester. None by default.</summary>
    public List<ReservedDomain> ReservedDomains { get; set; } = [];

    /// <summary>Empty means <see cref="DefaultReservedLocalParts"/>; a configured list replaces it.</summary>
    public List<string> ReservedLocalParts { get; set; } = [];

    /// <summary>Primary plus secondary addresses one mailbox may have. Exchange's own limit is reported at 333 to 400.</summary>
    public int MaxAddressesPerMailbox { get; set; } = 200;

    /// <summary>How long a released address is held back before someone else may have it.</summary>
    public TimeSpan HoldbackPeriod { get; set; } = TimeSpan.FromDays(30);

    public IReadOnlyList<string> EffectiveConsumerDomains =>
        ConsumerDomains.Count > 0 ? ConsumerDomains : DefaultConsumerDomains;

    public IReadOnlyList<string> EffectiveReservedLocalParts =>
        ReservedLocalParts.Count > 0 ? ReservedLocalParts : DefaultReservedLocalParts;

    /// <summary>What is wrong with these settings, one sentence each; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxAddressesPerMailbox < 1)
        {
            errors.Add($"{SectionName}:MaxAddressesPerMailbox must be at least 1 (it is {MaxAddressesPerMailbox}).");
        }

        if (HoldbackPeriod < TimeSpan.Zero)
        {
            errors.Add($"{SectionName}:HoldbackPeriod must not be negative (it is {HoldbackPeriod}).");
        }

        if (ConsumerDomains.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{SectionName}:ConsumerDomains has an empty entry.");
        }

        if (ReservedLocalParts.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{SectionName}:ReservedLocalParts has an empty entry.");
        }

        for (var i = 0; i < ReservedDomains.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(ReservedDomains[i]?.Domain))
            {
                errors.Add($"{SectionName}:ReservedDomains:{i}:Domain is missing.");
            }
            else if (string.IsNullOrWhiteSpace(ReservedDomains[i].Reason))
            {
                errors.Add($"{SectionName}:ReservedDomains:{i}:Reason is missing: the requester is told why {ReservedDomains[i].Domain} is reserved.");
            }
        }

        return errors;
    }
}
