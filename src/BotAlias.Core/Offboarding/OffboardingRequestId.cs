using System.Security.Cryptography;

namespace BotAlias.Core.Offboarding;

/// <summary>"OB-" and six characters of Crockford's base32 (no I, L, O, U), as alias requests use "AR-".</summary>
public static class OffboardingRequestId
{
    public const string Prefix = "OB-";
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
