using System.Security.Cryptography;

namespace BotAlias.Core.Requests;

/// <summary>
/// Short ids people can read out and type: "AR-" and six characters of Crockford's base32
/// (no I, L, O, U), about a billion values.
/// </summary>
public static class RequestId
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string NewAliasRequestId() => "AR-" + RandomPart(6);

    public static bool LooksValid(string? text) =>
        text is { Length: 9 } && text.StartsWith("AR-", StringComparison.OrdinalIgnoreCase)
        && text[3..].All(c => Alphabet.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal));

    public static string Normalize(string text) => text.Trim().ToUpperInvariant();

    private static string RandomPart(int length) =>
        string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
}
