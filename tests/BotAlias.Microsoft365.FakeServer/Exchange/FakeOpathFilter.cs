using System.Text.RegularExpressions;
using BotAlias.Microsoft365.FakeServer.Tenant;

namespace BotAlias.Microsoft365.FakeServer.Exchange;

/// <summary>
/// The slice of OPATH the fake understands: one <c>Property -eq 'text'</c> comparison, with a single quote inside
/// the text written twice (Microsoft's recipient-filters.md, "Additional OPATH syntax information"). An unescaped
/// quote leaves text after the literal and is refused as invalid syntax, so a client that does not escape fails
/// loudly; anything beyond one comparison (-or, -and, -like) is refused too, so an injected condition cannot match.
/// </summary>
public static partial class FakeOpathFilter
{
    private static readonly string[] Properties = ["EmailAddresses", "ExternalEmailAddress", "PrimarySmtpAddress", "ExternalDirectoryObjectId"];

    public static Func<FakeDirectoryObject, bool> Parse(string filter)
    {
        var match = Comparison().Match(filter);
        if (!match.Success || !Properties.Contains(match.Groups["property"].Value, StringComparer.OrdinalIgnoreCase))
        {
            throw FakeExchangeException.InvalidFilter(filter);
        }

        var value = match.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal);
        return match.Groups["property"].Value.ToUpperInvariant() switch
        {
            "EMAILADDRESSES" => o => o.ProxyAddresses.Any(p => string.Equals(p, WithPrefix(value), StringComparison.OrdinalIgnoreCase)),
            "EXTERNALEMAILADDRESS" => o => o is FakeContact c && string.Equals(c.ExternalEmailAddress, WithoutPrefix(value), StringComparison.OrdinalIgnoreCase),
            "PRIMARYSMTPADDRESS" => o => string.Equals(o.Mail, value, StringComparison.OrdinalIgnoreCase),
            _ => o => string.Equals(o.Id, value, StringComparison.OrdinalIgnoreCase),
        };
    }

    private static string WithPrefix(string value) => value.Contains(':', StringComparison.Ordinal) ? value : "smtp:" + value;

    private static string WithoutPrefix(string value) =>
        value.StartsWith("smtp:", StringComparison.OrdinalIgnoreCase) ? value[5..] : value;

    [GeneratedRegex(@"^\s*(?<property>[A-Za-z]+)\s+-eq\s+'(?<value>(?:[^']|'')*)'\s*$")]
    private static partial Regex Comparison();
}
