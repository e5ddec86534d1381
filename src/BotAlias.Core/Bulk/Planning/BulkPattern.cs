using System.Diagnostics.CodeAnalysis;
using System.Text;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Bulk.Planning;

/// <summary>
/// An address pattern such as <c>{first}.{last}@contoso-old.com</c>: placeholders (<c>{first}</c>, <c>{last}</c>,
/// <c>{alias}</c>, <c>{f}</c>, <c>{l}</c>, any case) and fixed text before the @, a fixed domain after it.
/// </summary>
/// <remarks>
/// Parsing refuses what would go wrong for every mailbox (no placeholder, a character no address may have, a dot
/// at the start), so the admin fixes the pattern once instead of reading ten thousand Invalid items. What depends
/// on the mailbox (a missing surname, a name too long) is found by <see cref="Expand"/>. The domain is only
/// taken apart here; whether the organisation may use it is <see cref="BulkChangeSpecValidator"/>'s question.
/// </remarks>
public sealed class BulkPattern
{
    /// <summary>Longer than any sensible pattern (a local part is at most 64, a domain 253); keeps echoes short.</summary>
    public const int MaxLength = 320;

    private const string KnownPlaceholders = "{first}, {last}, {alias}, {f} (first initial) or {l} (last initial)";

    private static readonly Dictionary<string, BulkPlaceholder> PlaceholderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = BulkPlaceholder.First,
        ["last"] = BulkPlaceholder.Last,
        ["alias"] = BulkPlaceholder.Alias,
        ["f"] = BulkPlaceholder.FirstInitial,
        ["l"] = BulkPlaceholder.LastInitial,
    };

    private BulkPattern(IReadOnlyList<BulkPatternPart> parts, string domain)
    {
        Parts = parts;
        Domain = domain;
        LocalTemplate = string.Concat(parts.Select(p => p.Literal ?? Token(p.Placeholder!.Value)));
    }

    public IReadOnlyList<BulkPatternPart> Parts { get; }

    /// <summary>The domain after the @, lower-cased.</summary>
    public string Domain { get; }

    /// <summary>The part before the @ as written back: <c>{first}.{last}</c>.</summary>
    public string LocalTemplate { get; }

    public string Text => LocalTemplate + "@" + Domain;

    public override string ToString() => Text;

    public static string Token(BulkPlaceholder placeholder) => placeholder switch
    {
        BulkPlaceholder.First => "{first}",
        BulkPlaceholder.Last => "{last}",
        BulkPlaceholder.Alias => "{alias}",
        BulkPlaceholder.FirstInitial => "{f}",
        BulkPlaceholder.LastInitial => "{l}",
        _ => throw new ArgumentOutOfRangeException(nameof(placeholder), placeholder, null),
    };

    /// <param name="problem">What is wrong and what to type instead, when it returns false.</param>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BulkPattern? pattern, [NotNullWhen(false)] out string? problem)
    {
        pattern = null;
        problem = Check(text, out var parts, out var domain);
        if (problem is not null)
        {
            return false;
        }

        pattern = new BulkPattern(parts!, domain!);
        return true;
    }

    /// <summary>The address for this mailbox, or a reason an admin can act on.</summary>
    public BulkPatternExpansion Expand(BulkMailbox mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        var local = new StringBuilder();
        foreach (var part in Parts)
        {
            if (part.Literal is not null)
            {
                local.Append(part.Literal);
                continue;
            }

            var placeholder = part.Placeholder!.Value;
            var (raw, normalized, what) = placeholder switch
            {
                BulkPlaceholder.First or BulkPlaceholder.FirstInitial =>
                    (mailbox.GivenName, BulkNameNormalizer.Normalize(mailbox.GivenName), "first name"),
                BulkPlaceholder.Last or BulkPlaceholder.LastInitial =>
                    (mailbox.Surname, BulkNameNormalizer.Normalize(mailbox.Surname), "last name"),
                _ => (mailbox.Alias, BulkNameNormalizer.NormalizeAlias(mailbox.Alias), "alias"),
            };

            if (string.IsNullOrWhiteSpace(raw))
            {
                return Fail($"Has no {what} in the directory, which {Token(placeholder)} needs: add one in Microsoft 365, or use a pattern without {Token(placeholder)}.");
            }

            if (normalized is null)
            {
                return Fail($"Its {what} \"{UserText.Shown(raw.Trim())}\" has no letters an address can use (a-z, 0-9, hyphens, underscores), so {Token(placeholder)} gives nothing: give this mailbox its address by hand.");
            }

            local.Append(placeholder is BulkPlaceholder.FirstInitial or BulkPlaceholder.LastInitial ? normalized[..1] : normalized);
        }

        // The same rules as an address typed in chat (length, dots), so a bulk run can't add what a request couldn't.
        var candidate = local + "@" + Domain;
        var parsed = AddressSyntax.Parse(candidate);
        return parsed.Address is { } address
            ? new BulkPatternExpansion(address, null)
            : Fail($"The pattern gives {UserText.Shown(candidate)}, which can't be used: {parsed.Problem!.Message}");
    }

    private static BulkPatternExpansion Fail(string reason) => new(null, reason);

    private static string? Check(string? text, out List<BulkPatternPart>? parts, out string? domain)
    {
        parts = null;
        domain = null;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return "Type a pattern such as {first}.{last}@contoso-old.com.";
        }

        if (trimmed.Length > MaxLength)
        {
            return $"The pattern is {trimmed.Length} characters long; an address pattern has at most {MaxLength}. Type one such as {{first}}.{{last}}@contoso-old.com.";
        }

        foreach (var c in trimmed)
        {
            if (CharacterDescriptions.IsInvisible(c))
            {
                return $"The pattern contains {CharacterDescriptions.DescribeInvisible(c)}, usually picked up by copying and pasting. Type the pattern by hand instead.";
            }

            if (char.IsControl(c))
            {
                return $"The pattern contains {CharacterDescriptions.DescribeControl(c)}. Type the pattern by hand instead of pasting it.";
            }
        }

        var ats = trimmed.Count(c => c == '@');
        if (ats == 0)
        {
            return $"\"{UserText.Shown(trimmed)}\" has no @ and domain. Add the domain the addresses should be at, such as {UserText.Shown(trimmed)}@contoso-old.com.";
        }

        if (ats > 1)
        {
            return $"A pattern has exactly one @, before the domain; this one has {ats}.";
        }

        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        var local = trimmed[..at].Trim();
        var domainText = trimmed[(at + 1)..].Trim();
        if (domainText.Contains('{', StringComparison.Ordinal) || domainText.Contains('}', StringComparison.Ordinal))
        {
            return "Placeholders go before the @ only: the domain after it is the same for everyone, such as {first}.{last}@contoso-old.com.";
        }

        if (domainText.Length == 0)
        {
            return $"Add the domain after the @, such as {UserText.Shown(local)}@contoso-old.com.";
        }

        if (local.Length == 0)
        {
            return $"Put the placeholders before the @, such as {{first}}.{{last}}@{UserText.Shown(domainText)}.";
        }

        var problem = SplitLocal(local, out parts);
        if (problem is not null)
        {
            return problem;
        }

        if (!parts!.Any(p => p.Placeholder is not null))
        {
            return $"\"{UserText.Shown(local)}\" has no placeholder, so every mailbox would get the same address. Use {KnownPlaceholders}, such as {{first}}.{{last}}@{UserText.Shown(domainText)}.";
        }

        problem = CheckDots(parts!);
        if (problem is not null)
        {
            return problem;
        }

        domain = domainText.ToLowerInvariant();
        return null;
    }

    private static string? SplitLocal(string local, out List<BulkPatternPart>? parts)
    {
        parts = [];
        var literal = new StringBuilder();
        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            if (c == '{')
            {
                var close = local.IndexOf('}', i + 1);
                if (close < 0)
                {
                    parts = null;
                    return $"A {{ in the pattern is never closed. Placeholders look like {KnownPlaceholders}.";
                }

                var name = local[(i + 1)..close].Trim();
                if (!PlaceholderNames.TryGetValue(name, out var placeholder))
                {
                    parts = null;
                    return $"{{{UserText.Shown(name)}}} is not a placeholder this bot knows. Use {KnownPlaceholders}.";
                }

                Flush(literal, parts);
                parts.Add(new BulkPatternPart(null, placeholder));
                i = close;
                continue;
            }

            var refusal = CheckLiteralCharacter(c);
            if (refusal is not null)
            {
                parts = null;
                return refusal;
            }

            literal.Append(char.ToLowerInvariant(c));
        }

        Flush(literal, parts);
        return null;
    }

    // The characters an address typed in chat may have (AddressSyntax), so both paths agree.
    private static string? CheckLiteralCharacter(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '\'')
        {
            return null;
        }

        if (!char.IsAscii(c))
        {
            return $"The pattern contains {CharacterDescriptions.DescribeNonAscii(c)}. Outside placeholders use only letters, digits, dots (.), hyphens (-), underscores (_) and apostrophes (') from a standard keyboard.";
        }

        return c switch
        {
            '}' => $"A }} in the pattern has no {{ before it. Placeholders look like {KnownPlaceholders}.",
            '+' => "The + sign can't be used: Exchange Online reserves it for plus addressing (mail to name+anything@ goes to name@). Use a dot, hyphen or underscore instead.",
            _ when char.IsWhiteSpace(c) => "An address can't contain spaces. Join the placeholders with a dot, hyphen or underscore instead, such as {first}.{last}.",
            _ => $"'{c}' can't be used in an address here. Outside placeholders use only letters, digits, dots (.), hyphens (-), underscores (_) and apostrophes (').",
        };
    }

    // Names never produce dots ({alias} may, and Expand checks those), so dots in the wrong place here would
    // spoil every address the same way.
    private static string? CheckDots(List<BulkPatternPart> parts)
    {
        if (parts[0].Literal is { } first && first.StartsWith('.'))
        {
            return "The part before the @ can't start with a dot. Remove it, such as {first}.{last}.";
        }

        if (parts[^1].Literal is { } last && last.EndsWith('.'))
        {
            return "The part before the @ can't end with a dot. Remove the dot before the @.";
        }

        return parts.Any(p => p.Literal is { } text && text.Contains("..", StringComparison.Ordinal))
            ? "The part before the @ can't have two dots in a row. Use a single dot, such as {first}.{last}."
            : null;
    }

    private static void Flush(StringBuilder literal, List<BulkPatternPart> parts)
    {
        if (literal.Length > 0)
        {
            parts.Add(new BulkPatternPart(literal.ToString(), null));
            literal.Clear();
        }
    }
}
