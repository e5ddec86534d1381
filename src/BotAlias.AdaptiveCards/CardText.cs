using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BotAlias.AdaptiveCards;

/// <summary>
/// Makes text from users or the directory (display names, addresses, typed input) safe to put on a card.
/// <para>
/// Which to use, per the spec: TextBlock.text, Fact.title and Fact.value are rendered as markdown, use
/// <see cref="Escape"/>. Input labels, placeholders and values, choice and toggle titles, TextRun text, action
/// titles and image alt text are shown as plain text, use <see cref="Plain"/> (escaping there would show the
/// backslashes).
/// </para>
/// </summary>
public static partial class CardText
{
    /// <summary>Longer text is cut and ends with an ellipsis. Entra display names are at most 256 characters.</summary>
    public const int DefaultMaxLength = 256;

    private const char Ellipsis = '\u2026';

    // Invisible and not a break opportunity, so the text looks unchanged, but a URL scanner no longer sees
    // "https://host" or "www.host" as one token.
    private const char WordJoiner = '\u2060';

    /// <summary>
    /// For markdown fields: the result renders as exactly the given text, with no formatting, links, images,
    /// mentions, headings or list items, on one line, at most <paramref name="maxLength"/> characters as seen.
    /// </summary>
    /// <remarks>
    /// What it does and why:
    /// <list type="bullet">
    /// <item>Control characters are removed, bidirectional overrides too (they can make "evil.com" read as
    /// "moc.live"); every run of whitespace, newlines included, becomes one space, so the text cannot start a new
    /// markdown block (a heading, a list, a table) in the middle of a card.</item>
    /// <item>Inline syntax is backslash-escaped, which every CommonMark renderer (Teams, the JS renderer with
    /// markdown-it) turns back into the plain character: \ * [ ] ` ~ { } always ({{ would start the
    /// {{DATE()}} text functions), _ unless it sits between two letters or digits, where it cannot emphasise
    /// (so first_last@contoso.com stays readable and copyable), and &amp; when it starts an HTML entity.</item>
    /// <item>Characters that only matter at the start of a line are escaped only there: # - + = and the . or ) of
    /// "1." / "1)". The rest the brief listed (( ) . ! | + - in the middle of text) cannot form syntax without a
    /// preceding [ or a line start, and escaping them would litter every email address with backslashes
    /// in renderers that do not unescape.</item>
    /// <item>&lt; and &gt; become the fullwidth ＜ ＞. A backslash escape would still leave "&lt;at&gt;" in the
    /// raw text that Teams matches mentions against, and some renderers HTML-encode instead of unescaping;
    /// fullwidth brackets have no meaning to any renderer and read the same. They never occur in an email
    /// address, so nothing copyable changes.</item>
    /// <item>Bare URLs: a word joiner (U+2060, invisible) goes after "://" and after "www.", so Teams or a
    /// GFM-style autolinker cannot turn a display name such as "https://evil.example/reset" into a link the bot
    /// appears to vouch for. Plain domains and email addresses are left alone: aliases must stay copyable, and a
    /// linkifier that links "contoso.com" shows its own target, so it cannot disguise it.</item>
    /// </list>
    /// </remarks>
    public static string Escape(string? text, int maxLength = DefaultMaxLength)
    {
        var clean = Normalize(text, maxLength);
        if (clean.Length == 0)
        {
            return clean;
        }

        clean = BreakAutolinks(clean);
        var result = new StringBuilder(clean.Length + 16);
        var lineStartMarker = LineStartMarkerIndex(clean);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (i == lineStartMarker)
            {
                result.Append('\\').Append(c);
                continue;
            }

            switch (c)
            {
                case '\\' or '*' or '[' or ']' or '`' or '~' or '{' or '}':
                    result.Append('\\').Append(c);
                    break;
                case '_' when !IsIntraword(clean, i):
                    result.Append("\\_");
                    break;
                case '&' when HtmlEntity().IsMatch(clean, i):
                    result.Append("\\&");
                    break;
                case '<':
                    result.Append('\uFF1C');
                    break;
                case '>':
                    result.Append('\uFF1E');
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// For plain-text fields: one line, no control or bidirectional-override characters, at most
    /// <paramref name="maxLength"/> characters as seen. Nothing else changes, so an input value comes back as given.
    /// </summary>
    public static string Plain(string? text, int maxLength = DefaultMaxLength) => Normalize(text, maxLength);

    private static string Normalize(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (char.IsControl(c) || IsBidiControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate is not text; JSON encoders would mangle it anyway.
                result.Append('\uFFFD');
            }
            else
            {
                result.Append(c);
            }
        }

        return Truncate(result.ToString(), maxLength);
    }

    // Counts what the reader sees (grapheme clusters), so an emoji or a letter with accents is never cut in half.
    private static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var elements = StringInfo.GetTextElementEnumerator(text);
        var count = 0;
        var cut = 0;
        while (elements.MoveNext())
        {
            if (count == maxLength - 1)
            {
                cut = elements.ElementIndex;
            }

            count++;
            if (count > maxLength)
            {
                return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis.ToString());
            }
        }

        return text;
    }

    private static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsIntraword(string text, int i) =>
        i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    private static string BreakAutolinks(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        return AutolinkStart().Replace(text, match => match.Value + WordJoiner);
    }

    // Index of a character that would open a block (heading, list item, quote, setext underline, numbered item)
    // because it is first on the line, or -1.
    private static int LineStartMarkerIndex(string text)
    {
        if (text[0] is '#' or '-' or '+' or '=')
        {
            return 0;
        }

        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' ? digits : -1;
    }

    [GeneratedRegex(@"\G&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex HtmlEntity();

    [GeneratedRegex(@"://|\bwww\.", RegexOptions.IgnoreCase)]
    private static partial Regex AutolinkStart();
}
