using System.Globalization;
using System.Text.RegularExpressions;

namespace BotAlias.Microsoft365.Exchange;

/// <summary>Get-MailboxStatistics, the part offboarding needs: how big the mailbox is.</summary>
public sealed partial record ExchangeMailboxStatistics
{
    /// <summary>
    /// Exchange's ByteQuantifiedSize as text, e.g. <c>1.234 GB (1,325,334,528 bytes)</c>; the exact count is in the
    /// parentheses (CIPP-API and most scripts read it that way).
    /// </summary>
    public string? TotalItemSize { get; init; }

    public long? ItemCount { get; init; }

    /// <summary>The byte count in <see cref="TotalItemSize"/>, or null when it is missing or unreadable.</summary>
    public long? TotalItemSizeBytes =>
        TotalItemSize is not null && BytesInParentheses().Match(TotalItemSize) is { Success: true } match
        && long.TryParse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
            ? bytes
            : null;

    [GeneratedRegex(@"\(([\d,\.]+) bytes\)")]
    private static partial Regex BytesInParentheses();
}
