using System.Globalization;

namespace BotAlias.Core.Validation;

/// <summary>
/// Names characters people cannot see or tell apart, so a refusal can point at the exact one.
/// </summary>
internal static class CharacterDescriptions
{
    private static readonly Dictionary<int, string> InvisibleNames = new()
    {
        [0x00AD] = "soft hyphen",
        [0x200B] = "zero-width space",
        [0x200C] = "zero-width non-joiner",
        [0x200D] = "zero-width joiner",
        [0x200E] = "left-to-right mark",
        [0x200F] = "right-to-left mark",
        [0x202A] = "left-to-right embedding",
        [0x202B] = "right-to-left embedding",
        [0x202C] = "pop directional formatting",
        [0x202D] = "left-to-right override",
        [0x202E] = "right-to-left override",
        [0x2060] = "word joiner",
        [0x2061] = "invisible function application",
        [0x2062] = "invisible times",
        [0x2063] = "invisible separator",
        [0x2064] = "invisible plus",
        [0xFEFF] = "zero-width no-break space (byte order mark)",
    };

    // Letters from other scripts that render like Latin ones: the usual ingredients of spoofed addresses.
    private static readonly Dictionary<int, char> LatinLookAlikes = new()
    {
        [0x0430] = 'a', [0x0435] = 'e', [0x043E] = 'o', [0x0440] = 'p', [0x0441] = 'c', [0x0443] = 'y',
        [0x0445] = 'x', [0x0455] = 's', [0x0456] = 'i', [0x0458] = 'j', [0x04BB] = 'h', [0x04CF] = 'l',
        [0x0501] = 'd', [0x051B] = 'q', [0x051D] = 'w',
        [0x0410] = 'A', [0x0412] = 'B', [0x0415] = 'E', [0x041A] = 'K', [0x041C] = 'M', [0x041D] = 'H',
        [0x041E] = 'O', [0x0420] = 'P', [0x0421] = 'C', [0x0422] = 'T', [0x0425] = 'X', [0x0405] = 'S',
        [0x0406] = 'I', [0x0408] = 'J',
        [0x03B1] = 'a', [0x03BF] = 'o', [0x03BD] = 'v', [0x03B9] = 'i', [0x03BA] = 'k', [0x03C1] = 'p',
        [0x0391] = 'A', [0x0392] = 'B', [0x0395] = 'E', [0x0396] = 'Z', [0x0397] = 'H', [0x0399] = 'I',
        [0x039A] = 'K', [0x039C] = 'M', [0x039D] = 'N', [0x039F] = 'O', [0x03A1] = 'P', [0x03A4] = 'T',
        [0x03A7] = 'X', [0x03A5] = 'Y',
        [0x0131] = 'i', [0x0261] = 'g', [0x01C3] = '!',
    };

    /// <summary>Zero-width, joiner, direction and other format characters: invisible, and a classic spoofing tool.</summary>
    public static bool IsInvisible(char c) =>
        InvisibleNames.ContainsKey(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    public static string CodePoint(char c) => $"U+{(int)c:X4}";

    public static string DescribeInvisible(char c) =>
        InvisibleNames.TryGetValue(c, out var name) ? $"an invisible {name} ({CodePoint(c)})" : $"an invisible character ({CodePoint(c)})";

    public static string DescribeControl(char c) => c switch
    {
        '\0' => $"a null character ({CodePoint(c)})",
        _ => $"a control character ({CodePoint(c)})",
    };

    /// <summary>
    /// "'а' (U+0430), which looks like the Latin letter 'a' but is not", or "'é' (U+00E9), an accented letter:
    /// use a plain 'e'", or just "'ß' (U+00DF)".
    /// </summary>
    public static string DescribeNonAscii(char c)
    {
        var shown = char.IsSurrogate(c) ? CodePoint(c) : $"'{c}' ({CodePoint(c)})";
        if (LatinLookAlikes.TryGetValue(c, out var latin))
        {
            return $"{shown}, which looks like the Latin letter '{latin}' but is a different character";
        }

        // Full-width forms (from East Asian keyboards) map one to one onto ASCII.
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return $"{shown}, a full-width '{(char)(c - 0xFEE0)}': switch the keyboard to half-width and type a plain '{(char)(c - 0xFEE0)}'";
        }

        var plain = BaseLetter(c);
        return plain is not null ? $"{shown}, an accented letter: use a plain '{plain}'" : shown;
    }

    // The plain letter under each accented Latin letter from U+00C0 to U+017F ('_' where there is none). A
    // table rather than Unicode decomposition: with invariant globalization, string.Normalize does not decompose them.
    private const int AccentedFirst = 0x00C0;
    private const string AccentedBases =
        "AAAAAA_CEEEEIIII_NOOOOO_OUUUUY__" +
        "aaaaaa_ceeeeiiii_nooooo_ouuuuy_y" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg" +
        "GgGgHhHhIiIiIiIiI___JjKk_LlLlLl_" +
        "_LlNnNnNn___OoOoOo__RrRrRrSsSsSs" +
        "SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz_";

    private static char? BaseLetter(char c)
    {
        var index = c - AccentedFirst;
        return index >= 0 && index < AccentedBases.Length && AccentedBases[index] != '_' ? AccentedBases[index] : null;
    }
}
