using System.Globalization;
using System.Text;

namespace BotAlias.Core.Bulk.Planning;

/// <summary>
/// Turns a directory name into the characters a bulk pattern may put in a local part: <c>a-z 0-9 - _</c>.
/// </summary>
/// <remarks>
/// Why these choices:
/// <list type="bullet">
/// <item>Lower case: Exchange compares addresses ignoring case, and lower case is how firms print them.</item>
/// <item>Accents are removed, not refused (José -> jose): refusing would make every accented name Invalid,
/// and the plain letter is what people with such names already type on an English keyboard.</item>
/// <item>Letters that are not "a letter plus an accent" get their usual spelling (ß -> ss, æ -> ae, œ -> oe,
/// ø -> o, ł -> l, đ -> d, þ -> th, ı -> i), because decomposition leaves them whole.</item>
/// <item>Apostrophes, spaces, dots and all other punctuation are dropped (O'Brien -> obrien,
/// de la Cruz -> delacruz): Exchange accepts an apostrophe, but many mail forms, scripts and older systems do
/// not, and a dot taken from a name would put the pattern's own dots in the wrong place.</item>
/// <item>Hyphens and underscores stay (Smith-Jones -> smith-jones): they are part of the name and safe everywhere.</item>
/// <item>Other scripts (Cyrillic, Greek, CJK...) are dropped rather than transliterated: a guessed romanisation
/// of someone's name is worse than asking the admin. A name with nothing left gives null, so the item is Invalid
/// with a reason instead of getting an address nobody chose.</item>
/// </list>
/// The decomposition (NFD, then dropping the combining marks) is done by <see cref="string.Normalize(NormalizationForm)"/>
/// where ICU is available; this app runs with invariant globalization, where Normalize leaves precomposed letters
/// alone, so a table for Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese) does the same job.
/// Combining marks typed separately (e + U+0301, as macOS produces) are dropped either way.
/// </remarks>
public static class BulkNameNormalizer
{
    private const int LatinFirst = 0x00C0;

    // The plain letter under each character from U+00C0 to U+024F, '_' where there is none; generated from
    // Unicode's decompositions, with the letters that do not decompose (đ, ł, ø, ħ, ı...) filled in by hand.
    private const string LatinBases =
        "aaaaaa_ceeeeiiiidnooooo_ouuuuy__" +
        "aaaaaa_ceeeeiiiidnooooo_ouuuuy_y" +
        "aaaaaaccccccccddddeeeeeeeeeegggg" +
        "gggghhhhiiiiiiiiii__jjkkklllllll" +
        "lllnnnnnnnnnoooooo__rrrrrrssssss" +
        "ssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
        "b______________________i________" +
        "oo_____________uu____zz_________" +
        "_____________aaiioouuuuuuuuuu_aa" +
        "aa____ggkkoooo__j___gg__nnaa____" +
        "aaaaeeeeiiiioooorrrruuuusstt__hh" +
        "______aaeeooooooooyy____________" +
        "________________";

    private const int LatinAdditionalFirst = 0x1E00;

    // The same for U+1E00 to U+1EFF, mostly Vietnamese letters with two accents (ệ, ở).
    private const string LatinAdditionalBases =
        "aabbbbbbccddddddddddeeeeeeeeeeff" +
        "gghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrr" +
        "ssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy______" +
        "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooo" +
        "oooouuuuuuuuuuuuuuyyyyyyyy______";

    // Letters spelled with two: these are their conventional spellings in addresses (German, Nordic, French, Dutch).
    private static readonly Dictionary<char, string> Ligatures = new()
    {
        ['ß'] = "ss", ['ẞ'] = "ss",
        ['æ'] = "ae", ['Æ'] = "ae", ['ǽ'] = "ae", ['Ǽ'] = "ae", ['ǣ'] = "ae", ['Ǣ'] = "ae",
        ['œ'] = "oe", ['Œ'] = "oe",
        ['þ'] = "th", ['Þ'] = "th",
        ['ĳ'] = "ij", ['Ĳ'] = "ij",
    };

    /// <summary>The name as a local-part fragment, or null when nothing usable is left (or there was no name).</summary>
    public static string? Normalize(string? name) => Fold(name, keepDots: false);

    /// <summary>
    /// For Exchange's alias (mailNickname): the same, except that dots stay, because an alias such as
    /// <c>john.smith</c> is already an address-shaped name and <c>{alias}@old</c> should reproduce it.
    /// Leading, trailing or doubled dots are left for the local-part rules to refuse with their own message.
    /// </summary>
    public static string? NormalizeAlias(string? alias) => Fold(alias, keepDots: true);

    private static string? Fold(string? text, bool keepDots)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var decomposed = text.IsNormalized(NormalizationForm.FormD) ? text : text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (keepDots && c == '.'))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (Ligatures.TryGetValue(c, out var spelled))
            {
                folded.Append(spelled);
            }
            else if (BaseLetter(c) is { } plain)
            {
                folded.Append(plain);
            }
            else if (c is >= '\uFF10' and <= '\uFF5A' && char.IsAsciiLetterOrDigit((char)(c - 0xFEE0)))
            {
                // Full-width letters and digits from East Asian keyboards are the ASCII ones in another width.
                folded.Append(char.ToLowerInvariant((char)(c - 0xFEE0)));
            }

            // Everything else (combining marks, apostrophes, spaces, other scripts) is dropped on purpose.
        }

        return folded.Length == 0 ? null : folded.ToString();
    }

    private static char? BaseLetter(char c)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return null;
        }

        var latin = c - LatinFirst;
        if (latin >= 0 && latin < LatinBases.Length && LatinBases[latin] != '_')
        {
            return LatinBases[latin];
        }

        var additional = c - LatinAdditionalFirst;
        return additional >= 0 && additional < LatinAdditionalBases.Length && LatinAdditionalBases[additional] != '_'
            ? LatinAdditionalBases[additional]
            : null;
    }
}
