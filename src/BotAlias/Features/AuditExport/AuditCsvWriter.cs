using System.Globalization;
using BotAlias.Core.Audit;

namespace BotAlias.Features.AuditExport;

/// <summary>
/// Writes audit entries as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in
/// double quotes, quotes doubled), one entry at a time, so a large export never sits in memory as one string.
/// </summary>
/// <remarks>
/// CSV injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
/// spreadsheets skip before such a character) as a formula. Audit values come from people (display names, reasons,
/// comments), so any such value gets a leading single quote, which spreadsheets show as text (OWASP's advice).
/// </remarks>
public sealed class AuditCsvWriter(TextWriter writer)
{
    public static readonly IReadOnlyList<string> Columns =
        ["at_utc", "actor_id", "actor_name", "action", "request_id", "address", "before", "after", "details"];

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public Task WriteHeaderAsync(CancellationToken cancellationToken) => WriteRowAsync(Columns, cancellationToken);

    public Task WriteEntryAsync(AuditEntry entry, CancellationToken cancellationToken) => WriteRowAsync(
        [
            entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            entry.ActorId,
            entry.ActorName,
            entry.Action,
            entry.RequestId,
            entry.Address,
            entry.Before,
            entry.After,
            entry.Details,
        ],
        cancellationToken);

    /// <summary>A row of our own that is not an entry (say, that the file was cut short): the text goes in the details column.</summary>
    public Task WriteNoteAsync(string note, CancellationToken cancellationToken)
    {
        var row = new string?[Columns.Count];
        row[3] = "(note)";
        row[^1] = note;
        return WriteRowAsync(row, cancellationToken);
    }

    /// <summary>One value as a CSV field: neutralised against formulas, then quoted if needed.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny(NeedsQuotes) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private async Task WriteRowAsync(IReadOnlyList<string?> values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(",".AsMemory(), cancellationToken);
            }

            await writer.WriteAsync(Field(values[i]).AsMemory(), cancellationToken);
        }

        await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
    }
}
