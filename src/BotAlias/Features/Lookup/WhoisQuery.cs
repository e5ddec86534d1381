using BotAlias.Core.Addresses;

namespace BotAlias.Features.Lookup;

/// <summary>What came after "whois", sorted into a whole address, the start of one, or neither.</summary>
public sealed record WhoisQuery(WhoisQueryKind Kind, string Text, EmailAddress? Address = null)
{
    private const int MaxLength = 254;

    public static WhoisQuery Parse(string? typed)
    {
        var text = (typed ?? string.Empty).Trim().TrimEnd('?').Trim();
        if (text.Length == 0)
        {
            return new(WhoisQueryKind.Usage, text);
        }

        if (EmailAddress.TryParse(text, out var address))
        {
            return new(WhoisQueryKind.Address, text, address);
        }

        return text.Length <= MaxLength && text.All(CanBeInAddress)
            ? new(WhoisQueryKind.Prefix, text)
            : new(WhoisQueryKind.NotAnAddress, text);
    }

    // The characters EmailAddress accepts: anything else cannot start a stored address, so searching is pointless.
    private static bool CanBeInAddress(char c) =>
        c is > ' ' and < (char)0x7F and not ('<' or '>' or ',' or ';' or '"' or ':' or '(' or ')' or '[' or ']' or '\\');
}
