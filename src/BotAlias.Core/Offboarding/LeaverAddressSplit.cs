using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Offboarding;

/// <summary>Which of the leaver's addresses can move to a colleague, and which stay, with why.</summary>
internal static class LeaverAddressSplit
{
    public static (List<EmailAddress> Move, List<KeptAddress> Keep) Split(
        Recipient mailbox, string leaverName, IReadOnlyList<TenantDomain> domains)
    {
        var accepted = domains
            .Where(d => d.IsVerified && d.SupportsEmail)
            .Select(d => Normalize(d.Name))
            .ToHashSet(StringComparer.Ordinal);
        var move = new List<EmailAddress>();
        var keep = new List<KeptAddress>();
        foreach (var address in mailbox.AllAddresses.Distinct())
        {
            if (IsMicrosoftRoutingDomain(address.Domain))
            {
                // The onmicrosoft.com addresses route mail inside Microsoft 365 and become the leaver's own primary.
                keep.Add(new(address, $"stays with {leaverName}: it is at your organisation's own onmicrosoft.com domain, which carries mail inside Microsoft 365"));
            }
            else if (!accepted.Contains(address.Domain))
            {
                // Exchange would refuse it on the colleague, and the compensation could not put it back either.
                keep.Add(new(address, $"stays with {leaverName}: {address.Domain} is no longer set up for mail in your organisation, so it can't be given to anyone else"));
            }
            else
            {
                move.Add(address);
            }
        }

        return (move, keep);
    }

    public static bool IsMicrosoftRoutingDomain(string domain) =>
        domain.EndsWith(".onmicrosoft.com", StringComparison.OrdinalIgnoreCase);

    public static string Normalize(string domain) => domain.Trim().TrimEnd('.').ToLowerInvariant();

    /// <summary>The local parts to try for the leaver's new primary, best first.</summary>
    public static IEnumerable<string> PrimaryLocalParts(DirectoryUser leaver, Recipient mailbox)
    {
        var at = leaver.UserPrincipalName.IndexOf('@', StringComparison.Ordinal);
        var fromSignIn = at > 0 ? Clean(leaver.UserPrincipalName[..at]) : "";
        var local = fromSignIn.Length > 0 ? fromSignIn : Clean(mailbox.PrimaryAddress.LocalPart);
        if (local.Length == 0)
        {
            local = "former.user";
        }

        yield return local;
        yield return local + "-former";
        for (var i = 2; i <= 9; i++)
        {
            yield return local + "-former" + i;
        }
    }

    private static string Clean(string localPart) =>
        new string(localPart.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_').ToArray()).Trim('.');
}
