namespace BotAlias.Core.Addresses;

/// <summary>
/// A plain SMTP address (local@domain) with the domain lower-cased. It never carries a
/// proxy prefix such as <c>smtp:</c>: prefixes are written by provisioners only.
/// Equality is case-insensitive, as Exchange compares proxy addresses.
/// </summary>
public sealed class EmailAddress : IEquatable<EmailAddress>
{
    private EmailAddress(string localPart, string domain)
    {
        LocalPart = localPart;
        Domain = domain;
        Value = localPart + "@" + domain;
    }

    public string LocalPart { get; }

    public string Domain { get; }

    public string Value { get; }

    /// <summary>
    /// Accepts only the narrow form stored in directories: ASCII, one '@', no prefix, no spaces.
    /// User input goes through the validation policy, which explains each refusal.
    /// </summary>
    public static bool TryParse(string? text, out EmailAddress? address)
    {
        address = null;
        if (string.IsNullOrEmpty(text) || text.Length > 254)
        {
            return false;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c <= ' ' || c >= 0x7F || c is '<' or '>' or ',' or ';' or '"' or ':' or '(' or ')' or '[' or ']' or '\\')
            {
                return false;
            }
        }

        var local = text[..at];
        var domain = text[(at + 1)..].ToLowerInvariant();
        if (local.Length > 64 || !domain.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        address = new EmailAddress(local, domain);
        return true;
    }

    public static EmailAddress Parse(string text) =>
        TryParse(text, out var address) ? address! : throw new FormatException("Not a plain SMTP address.");

    public bool Equals(EmailAddress? other) =>
        other is not null && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as EmailAddress);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    public override string ToString() => Value;

    public static bool operator ==(EmailAddress? left, EmailAddress? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(EmailAddress? left, EmailAddress? right) => !(left == right);
}
