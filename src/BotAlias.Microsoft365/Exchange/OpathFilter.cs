namespace BotAlias.Microsoft365.Exchange;

/// <summary>
/// Builds OPATH filters for the recipient cmdlets' <c>-Filter</c>. Text values go in single quotes, and a single
/// quote inside a value is doubled, as "Additional OPATH syntax information" in Microsoft's
/// exchange/docs-conceptual/recipient-filters.md says (<c>'$($User -Replace "'","''")'</c>). An address such as
/// o'brien@example.com therefore cannot end the literal early and add its own conditions.
/// </summary>
public static class OpathFilter
{
    /// <summary><c>Property -eq 'value'</c> with the value quoted.</summary>
    public static string EqualTo(string property, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        ArgumentNullException.ThrowIfNull(value);
        if (!property.All(c => char.IsAsciiLetterOrDigit(c)))
        {
            throw new ArgumentException("An OPATH property name is letters and digits only.", nameof(property));
        }

        return $"{property} -eq {Quote(value)}";
    }

    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Any(char.IsControl))
        {
            throw new ArgumentException("An OPATH text value cannot contain control characters.", nameof(value));
        }

        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
