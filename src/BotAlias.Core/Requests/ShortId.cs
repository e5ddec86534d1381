using System.Security.Cryptography;

namespace BotAlias.Core.Requests;

/// <summary>
/// Ids people can read out and type: a prefix such as "AR-" and six characters of Crockford's base32 (no I, L, O,
/// U, so nothing reads as 1 or 0), about a billion values per prefix.
/// </summary>
public static class ShortId
{
    public const int Length = 6;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(string prefix) =>
        prefix + string.Create(Length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });

    /// <summary>The same <paramref name="seed"/> always gives the same id; a hash, so the id reveals nothing of the seed.</summary>
    public static string Derive(string prefix, string seed)
    {
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed));
        return prefix + string.Create(Length, hash, (span, bytes) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[bytes[i] % Alphabet.Length];
            }
        });
    }

    public static bool LooksValid(string? text, string prefix) =>
        text is not null && text.Length == prefix.Length + Length && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        && text[prefix.Length..].All(c => Alphabet.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal));
}
