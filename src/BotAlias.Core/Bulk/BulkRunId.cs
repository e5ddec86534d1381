using System.Security.Cryptography;

namespace BotAlias.Core.Bulk;

/// <summary>"BK-" and six characters of Crockford's base32 (no I, L, O, U), as offboarding uses "OB-".</summary>
public static class BulkRunId
{
    public const string Prefix = "BK-";
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() =>
        Prefix + string.Create(6, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });

    public static bool LooksValid(string? text) =>
        text is { Length: 9 } && text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
        && text[3..].All(c => Alphabet.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal));
}
