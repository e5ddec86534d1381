using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Tests.Bulk.Planning;

/// <summary>Mailboxes and recipients shaped like the demo tenant (example.com default, contoso-old.com old domain).</summary>
internal static class BulkTestData
{
    public static IReadOnlyList<TenantDomain> Domains { get; } =
    [
        new("example.com", IsVerified: true, IsDefault: true, IsInitial: false, SupportsEmail: true),
        new("contoso-old.com", IsVerified: true, IsDefault: false, IsInitial: false, SupportsEmail: true),
        new("examplecorp.onmicrosoft.com", IsVerified: true, IsDefault: false, IsInitial: true, SupportsEmail: true),
        new("webmail.example.net", IsVerified: true, IsDefault: false, IsInitial: false, SupportsEmail: true),
        new("intranet.example.com", IsVerified: true, IsDefault: false, IsInitial: false, SupportsEmail: false),
        new("example.org", IsVerified: false, IsDefault: false, IsInitial: false, SupportsEmail: false),
    ];

    public static BulkMailbox Mailbox(
        string id, string? given, string? surname, string primary, params string[] secondaries)
    {
        var address = EmailAddress.Parse(primary);
        return new BulkMailbox
        {
            Id = id,
            UserPrincipalName = address.LocalPart + "@examplecorp.onmicrosoft.com",
            DisplayName = string.Join(' ', new[] { given, surname }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : id,
            GivenName = given,
            Surname = surname,
            Alias = address.LocalPart,
            Kind = RecipientKind.User,
            PrimaryAddress = address,
            SecondaryAddresses = secondaries.Select(EmailAddress.Parse).ToList(),
        };
    }

    public static Recipient Recipient(string id, string displayName, RecipientKind kind, string primary, params string[] secondaries) =>
        new()
        {
            Id = id,
            Kind = kind,
            DisplayName = displayName,
            PrimaryAddress = EmailAddress.Parse(primary),
            SecondaryAddresses = secondaries.Select(EmailAddress.Parse).ToList(),
        };

    public static BulkChangeSpec AddAddress(string pattern) => new() { Kind = BulkChangeKind.AddAddress, Pattern = pattern };

    public static BulkChangeSpec Switch(string from, string to) =>
        new() { Kind = BulkChangeKind.SwitchPrimaryDomain, FromDomain = from, ToDomain = to };
}
