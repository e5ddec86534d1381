using System.Buffers;
using System.Text.RegularExpressions;
using BotAlias.Core.Addresses;

namespace BotAlias.Core.Validation;

/// <summary>
/// Turns what a person typed into a plain address, or says precisely what is wrong with it. Checks run from the
/// most surprising problem (invisible characters) to the most specific (a dot at the end of the domain), so
/// the one message shown is the one that helps.
/// </summary>
/// <remarks>
/// Exchange accepts letters, digits and <c>! # $ % &amp; ' * + - / = ? ^ _ ` { | } ~</c> with embedded dots in a local
/// part. We accept the conservative subset people actually use in names (letters, digits, <c>. - _ '</c>):
/// the rest break in other mail systems, scripts and forms, and <c>+</c> collides with plus addressing.
/// </remarks>
internal static partial class AddressSyntax
{
    public const int MaxLocalPartLength = 64;
    public const int MaxAddressLength = 254;
    private const int MaxLabelLength = 63;

    // Only the spaces people paste around an address; anything inside it is refused, not repaired.
    private static readonly char[] TrimmedCharacters = [' ', '\t', '\r', '\n', '\u00A0'];

    private static readonly SearchValues<char> QuoteCharacters = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB");

    private const string AllowedLocalCharacters = "letters, digits, dots (.), hyphens (-), underscores (_) and apostrophes (')";

    public static ParsedAddress Parse(string? raw)
    {
        var text = (raw ?? "").Trim(TrimmedCharacters);
        return CheckCharacters(text)
            ?? CheckForm(text)
            ?? CheckParts(text);
    }

    private static ParsedAddress? CheckCharacters(string text)
    {
        if (text.Length == 0)
        {
            return Refuse(AddressProblemCodes.Empty,
                "Type the address you want, such as first.last@ followed by one of your organisation's domains.");
        }

        foreach (var c in text)
        {
            if (CharacterDescriptions.IsInvisible(c))
            {
                return Refuse(AddressProblemCodes.InvisibleCharacter,
                    $"The address contains {CharacterDescriptions.DescribeInvisible(c)}, usually picked up by copying and pasting. Type the address by hand instead.");
            }
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return Refuse(AddressProblemCodes.ControlCharacter,
                    $"The address contains {CharacterDescriptions.DescribeControl(c)}. Type the address by hand instead of pasting it.");
            }
        }

        return null;
    }

    private static ParsedAddress? CheckForm(string text)
    {
        if (text.Contains('<', StringComparison.Ordinal) || text.Contains('>', StringComparison.Ordinal))
        {
            var inner = BetweenAngleBrackets(text);
            return Refuse(AddressProblemCodes.DisplayName, inner is { Length: > 0 }
                ? $"Type only the address, without a name or angle brackets: {UserText.Shown(inner)}"
                : "Type only the address, without a name or angle brackets.");
        }

        var prefix = PrefixPattern().Match(text);
        if (prefix.Success)
        {
            var rest = text[prefix.Length..].Trim(TrimmedCharacters);
            var typed = UserText.Shown(prefix.Value);
            return Refuse(AddressProblemCodes.Prefix, rest.Contains('@', StringComparison.Ordinal)
                ? $"Leave out \"{typed}\" and type just the address: {UserText.Shown(rest)}. Prefixes such as smtp: are the bot's to write, never typed."
                : $"Leave out \"{typed}\" and type just the email address. Prefixes such as smtp: are the bot's to write, never typed.");
        }

        if (text.AsSpan().IndexOfAny(QuoteCharacters) >= 0)
        {
            return Refuse(AddressProblemCodes.Quoted,
                $"Quotation marks can't be used in an address. Use only {AllowedLocalCharacters}, such as jo.smith rather than \"jo smith\".");
        }

        var pieces = text.Split(ListSeparators(), StringSplitOptions.RemoveEmptyEntries);
        var addressLike = pieces.Count(p => p.Contains('@', StringComparison.Ordinal));
        if (addressLike > 1)
        {
            return Refuse(AddressProblemCodes.List,
                $"Ask for one address at a time: this looks like a list of {addressLike}.");
        }

        if (text.IndexOfAny([',', ';']) >= 0)
        {
            var single = text.Trim([',', ';', ' ', '\t', '\r', '\n', '\u00A0']);
            return Refuse(AddressProblemCodes.List, single.IndexOfAny([',', ';']) < 0 && !single.Any(char.IsWhiteSpace)
                ? $"Commas and semicolons separate addresses in a list. Type just the one address: {UserText.Shown(single)}"
                : "Commas and semicolons separate addresses in a list; an address can't contain one. Type a single address.");
        }

        if (text.Any(char.IsWhiteSpace))
        {
            return Refuse(AddressProblemCodes.Whitespace,
                "An address can't contain spaces or line breaks. Remove them, or use a dot, hyphen or underscore instead.");
        }

        return null;
    }

    private static ParsedAddress CheckParts(string text)
    {
        var ats = text.Count(c => c == '@');
        if (ats == 0)
        {
            return Refuse(AddressProblemCodes.MissingAt,
                $"\"{UserText.Shown(text)}\" has no @ and domain. Type the whole address, such as {UserText.Shown(text)}@ followed by one of your organisation's domains.");
        }

        if (ats > 1)
        {
            return Refuse(AddressProblemCodes.SeveralAts, $"An address has exactly one @; this one has {ats}.");
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var local = text[..at];
        var domain = text[(at + 1)..];
        if (local.Length == 0)
        {
            return Refuse(AddressProblemCodes.MissingLocalPart,
                $"Type the name part before the @, such as jo.smith@{UserText.Shown(domain)}.");
        }

        if (domain.Length == 0)
        {
            return Refuse(AddressProblemCodes.MissingDomain,
                $"Type the domain after the @, such as {UserText.Shown(local)}@ followed by one of your organisation's domains.");
        }

        var problem = CheckLocalPart(local) ?? CheckDomainCharacters(domain);
        if (problem is not null)
        {
            return problem;
        }

        domain = domain.ToLowerInvariant();
        var length = local.Length + 1 + domain.Length;
        if (length > MaxAddressLength)
        {
            return Refuse(AddressProblemCodes.AddressTooLong,
                $"The address is {length} characters long; an address can have at most {MaxAddressLength}. Choose a shorter one.");
        }

        problem = CheckDomainLabels(local, domain);
        if (problem is not null)
        {
            return problem;
        }

        // The checks above are stricter than EmailAddress's; this only guards against the two drifting apart.
        return EmailAddress.TryParse(local + "@" + domain, out var address)
            ? new ParsedAddress(address, null)
            : Refuse(AddressProblemCodes.Invalid, $"\"{UserText.Shown(text)}\" is not an email address this bot can use.");
    }

    private static ParsedAddress? CheckLocalPart(string local)
    {
        foreach (var c in local)
        {
            if (!char.IsAscii(c))
            {
                return Refuse(AddressProblemCodes.NonAsciiLocalPart,
                    $"The part before the @ contains {CharacterDescriptions.DescribeNonAscii(c)}. Use only {AllowedLocalCharacters} from a standard keyboard.");
            }
        }

        foreach (var c in local)
        {
            if (c == '+')
            {
                return Refuse(AddressProblemCodes.PlusInLocalPart,
                    "The + sign can't be used: Exchange Online reserves it for plus addressing (mail to name+anything@ goes to name@). Choose an address without a +.");
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_' or '\''))
            {
                return Refuse(AddressProblemCodes.LocalPartCharacter,
                    $"'{c}' can't be used in an address here. Use only {AllowedLocalCharacters}.");
            }
        }

        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            var where = local.StartsWith('.') ? "start with a dot" : local.EndsWith('.') ? "end with a dot" : "have two dots in a row";
            return Refuse(AddressProblemCodes.LocalPartDots, $"The part before the @ can't {where}.");
        }

        return local.Length > MaxLocalPartLength
            ? Refuse(AddressProblemCodes.LocalPartTooLong,
                $"The part before the @ is {local.Length} characters long; it can have at most {MaxLocalPartLength}. Choose a shorter one.")
            : null;
    }

    private static ParsedAddress? CheckDomainCharacters(string domain)
    {
        foreach (var c in domain)
        {
            if (!char.IsAscii(c))
            {
                return Refuse(AddressProblemCodes.InternationalDomain,
                    $"The domain contains {CharacterDescriptions.DescribeNonAscii(c)}. Domains with accented or non-Latin letters can't be used here: type one of your organisation's domains with a standard keyboard.");
            }
        }

        foreach (var c in domain)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.'))
            {
                return Refuse(AddressProblemCodes.DomainCharacter,
                    $"'{c}' can't be part of a domain. Domains have only letters, digits, hyphens and dots.");
            }
        }

        return null;
    }

    private static ParsedAddress? CheckDomainLabels(string local, string domain)
    {
        if (domain.StartsWith('.'))
        {
            return Refuse(AddressProblemCodes.DomainDots, $"The domain can't start with a dot: type {UserText.Shown(local)}@{UserText.Shown(domain.TrimStart('.'))}.");
        }

        if (domain.EndsWith('.'))
        {
            return Refuse(AddressProblemCodes.DomainDots, $"Remove the dot at the end of the domain and type {UserText.Shown(local)}@{UserText.Shown(domain.TrimEnd('.'))}");
        }

        if (domain.Contains("..", StringComparison.Ordinal))
        {
            return Refuse(AddressProblemCodes.DomainDots, $"The domain {UserText.Shown(domain)} has two dots in a row.");
        }

        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return Refuse(AddressProblemCodes.DomainIncomplete,
                $"{UserText.Shown(domain)} is not a complete domain: a domain has at least one dot, such as example.com.");
        }

        foreach (var label in labels)
        {
            if (label.Length > MaxLabelLength)
            {
                return Refuse(AddressProblemCodes.DomainLabelTooLong,
                    $"Each part of a domain between dots can have at most {MaxLabelLength} characters; one here has {label.Length}.");
            }

            if (label.StartsWith('-') || label.EndsWith('-'))
            {
                return Refuse(AddressProblemCodes.DomainHyphen,
                    $"A part of a domain can't start or end with a hyphen (\"{UserText.Shown(label)}\").");
            }
        }

        var topLevel = labels[^1];
        return topLevel.Length < 2 || !topLevel.All(char.IsAsciiLetter)
            ? Refuse(AddressProblemCodes.DomainTopLevel,
                $"A domain ends in letters, such as .com or .org, not \".{UserText.Shown(topLevel)}\".")
            : null;
    }

    private static string? BetweenAngleBrackets(string text)
    {
        var open = text.IndexOf('<', StringComparison.Ordinal);
        var close = text.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? text[(open + 1)..close].Trim(TrimmedCharacters) : null;
    }

    private static char[] ListSeparators() =>
        [',', ';', ' ', '\t', '\r', '\n', '\u00A0', '\u2002', '\u2003', '\u2009', '\u3000'];

    private static ParsedAddress Refuse(string code, string message) =>
        new(null, new ValidationProblem(code, ValidationFields.Address, message));

    [GeneratedRegex("^[A-Za-z0-9]+:", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();
}
