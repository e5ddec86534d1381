using System.Globalization;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// Timestamps are stored as fixed-width UTC text, so they read well in the sqlite3 shell
/// and sort correctly as strings.
/// </summary>
internal static class SqliteTimestamp
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(
            text,
            Format,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
