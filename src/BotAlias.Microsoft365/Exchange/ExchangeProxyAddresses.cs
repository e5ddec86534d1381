using BotAlias.Core.Addresses;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// A recipient's EmailAddresses read apart: <c>SMTP:</c> is the primary, <c>smtp:</c> a secondary, <c>X500:</c> a
/// legacy DN; other types (SIP:, SPO:, ...) are kept out of the way.
/// </summary>
internal sealed record ExchangeProxyAddresses(EmailAddress? Primary, IReadOnlyList<EmailAddress> Secondaries, IReadOnlyList<string> X500)
{
    public static ExchangeProxyAddresses Parse(IEnumerable<string> proxies, string? primarySmtpAddress)
    {
        EmailAddress? primary = null;
        var secondaries = new List<EmailAddress>();
        var x500 = new List<string>();
        foreach (var proxy in proxies)
        {
            if (proxy.StartsWith("SMTP:", StringComparison.Ordinal) && EmailAddress.TryParse(proxy[5..], out var p))
            {
                primary ??= p;
            }
            else if (proxy.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase) && EmailAddress.TryParse(proxy[5..], out var s))
            {
                secondaries.Add(s!);
            }
            else if (proxy.StartsWith("X500:", StringComparison.OrdinalIgnoreCase))
            {
                x500.Add(proxy[5..]);
            }
        }

        if (primary is null && EmailAddress.TryParse(primarySmtpAddress, out var fallback))
        {
            primary = fallback;
        }

        secondaries.RemoveAll(s => s == primary);
        return new ExchangeProxyAddresses(primary, secondaries, x500);
    }

    public bool HoldsSmtp(EmailAddress address) => Primary == address || Secondaries.Contains(address);

    public bool HoldsX500(string distinguishedName) => X500.Contains(distinguishedName, StringComparer.OrdinalIgnoreCase);
}
