using System.Globalization;

namespace BotAlias.Microsoft365.Http;

/// <summary>
/// Reads <c>Retry-After</c> as Microsoft services send it: delta-seconds, which Graph sometimes sends with a
/// fraction ("2.128", outside RFC 9110, so .NET's typed header drops it), or an HTTP-date.
/// https://learn.microsoft.com/graph/throttling#best-practices-to-handle-throttling
/// </summary>
public static class RetryAfterHeader
{
    public const string Name = "Retry-After";

    /// <summary>The wait the response asks for, or null when it asks for none (or sends nonsense).</summary>
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.NonValidated.TryGetValues(Name, out var values)
            ? Parse(values.FirstOrDefault(), now)
            : null;
    }

    /// <summary>Parses one header value; negative or past values mean "now".</summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            // A day is far beyond any budget; clamping keeps TimeSpan arithmetic safe from absurd values.
            return TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.FromDays(1).TotalSeconds));
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
