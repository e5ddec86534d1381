using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Graph.Wire;

namespace BotAlias.Microsoft365.Graph;

/// <summary>From Graph's shapes to the domain's: addresses from <c>proxyAddresses</c> (<c>SMTP:</c> primary, <c>smtp:</c> secondaries).</summary>
public static class GraphDirectoryMapping
{
    /// <summary>The recipient the object is, or null when it has no mail address.</summary>
    public static Recipient? ToRecipient(DirectoryObjectResource resource, RecipientKind kind)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return ToRecipient(resource.Id, resource.DisplayName, resource.Mail, resource.ProxyAddresses, resource.OnPremisesSyncEnabled, kind);
    }

    public static DirectoryUser ToDirectoryUser(UserResource user, RecipientKind mailboxKind)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new DirectoryUser
        {
            Id = user.Id,
            UserPrincipalName = user.UserPrincipalName ?? string.Empty,
            DisplayName = user.DisplayName ?? string.Empty,
            JobTitle = user.JobTitle,
            ManagerId = user.Manager?.Id,
            AccountEnabled = user.AccountEnabled ?? true,
            OnPremisesSyncEnabled = user.OnPremisesSyncEnabled ?? false,
            Mailbox = ToRecipient(user.Id, user.DisplayName, user.Mail, user.ProxyAddresses, user.OnPremisesSyncEnabled, mailboxKind),
        };
    }

    /// <summary>A user found as a group member (no manager read).</summary>
    public static DirectoryUser ToDirectoryUser(DirectoryObjectResource member, RecipientKind mailboxKind)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new DirectoryUser
        {
            Id = member.Id,
            UserPrincipalName = member.UserPrincipalName ?? string.Empty,
            DisplayName = member.DisplayName ?? string.Empty,
            JobTitle = member.JobTitle,
            AccountEnabled = member.AccountEnabled ?? true,
            OnPremisesSyncEnabled = member.OnPremisesSyncEnabled ?? false,
            Mailbox = ToRecipient(member.Id, member.DisplayName, member.Mail, member.ProxyAddresses, member.OnPremisesSyncEnabled, mailboxKind),
        };
    }

    public static TenantDomain ToTenantDomain(DomainResource domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return new TenantDomain(
            domain.Id.ToLowerInvariant(),
            domain.IsVerified,
            domain.IsDefault,
            domain.IsInitial,
            domain.SupportedServices.Contains("Email", StringComparer.OrdinalIgnoreCase));
    }

    private static Recipient? ToRecipient(string id, string? displayName, string? mail, IReadOnlyList<string> proxyAddresses, bool? synced, RecipientKind kind)
    {
        EmailAddress? primary = null;
        var secondaries = new List<EmailAddress>();
        foreach (var proxy in proxyAddresses)
        {
            if (!proxy.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase) || !EmailAddress.TryParse(proxy[5..], out var address))
            {
                continue;
            }

            if (proxy.StartsWith("SMTP:", StringComparison.Ordinal) && primary is null)
            {
                primary = address;
            }
            else if (!secondaries.Contains(address!))
            {
                secondaries.Add(address!);
            }
        }

        if (primary is null && EmailAddress.TryParse(mail, out var fromMail))
        {
            primary = fromMail;
        }

        if (primary is null)
        {
            return null;
        }

        secondaries.Remove(primary);
        return new Recipient
        {
            Id = id,
            Kind = kind,
            DisplayName = displayName ?? primary.Value,
            PrimaryAddress = primary,
            SecondaryAddresses = secondaries,
            OnPremisesSyncEnabled = synced ?? false,
        };
    }
}
