using System.Globalization;
using System.Text;
using BotAlias.Core.Validation;

namespace BotAlias.Core.Bulk.Planning;

/// <summary>
/// Reads the addresses or UPNs an admin pasted or uploaded: a plain list, an Outlook "To" line, or a CSV export
/// (Excel, Exchange's Export-Csv) with or without a header. Nothing in the text can make it throw: every bad line
/// becomes a problem naming its line number, and the good lines are kept.
/// </summary>
/// <remarks>
/// Lines are read one at a time and a quoted field can't span lines: a stray quotation mark then spoils one line
/// instead of swallowing the rest of the list. A first line with no @ in it is a header when it has several
/// columns or names an address column; otherwise it is an entry like any other and gets reported.
/// Without a header, every field that has an @ is taken, so "a@x.com; b@x.com" and a column of UPNs both work;
/// with one, only the address column (or the first) is read, so a display name column can't add strays.
/// </remarks>
public sealed class BulkListParser
{
    public const int DefaultMaxRows = 50_000;

    /// <summary>No address is this long (254); a longer line is junk or an attack and is not taken apart.</summary>
    public const int MaxLineLength = 4_096;

    public const int MaxProblemsListed = 100;

    // Compared without case, spaces, hyphens or underscores: "E-mail", "Primary SMTP Address", "UserPrincipalName".
    private static readonly HashSet<string> AddressColumnNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "email", "mail", "upn", "userprincipalname", "primarysmtpaddress", "emailaddress", "smtpaddress",
    };

    private static readonly char[] Separators = [',', ';', '\t'];

    private readonly int _maxRows;

    public BulkListParser(int maxRows = DefaultMaxRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        _maxRows = maxRows;
    }

    public BulkListParseResult Parse(string? text)
    {
        var state = new ParseState();
        if (string.IsNullOrWhiteSpace(text) || text.Trim().All(c => c == '\uFEFF'))
        {
            state.Problems.Add("The list is empty: paste one address or UPN per line, or upload a CSV file with an address column.");
            return state.ToResult(false);
        }

        var lineNumber = 0;
        var rows = 0;
        var sawFirstLine = false;
        int? column = null;
        char? headerSeparator = null;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = lineNumber == 1 ? rawLine.TrimStart('\uFEFF') : rawLine;
            if (IsBlank(line))
            {
                continue;
            }

            if (line.Length > MaxLineLength)
            {
                if (++rows > _maxRows)
                {
                    return TooMany(state);
                }

                state.Report($"line {lineNumber} is {line.Length:N0} characters long, far too long to be an address or UPN.");
                sawFirstLine = true;
                continue;
            }

            var separator = headerSeparator ?? DetectSeparator(line);
            var fields = SplitFields(line, separator, out var unclosedQuote);
            if (!sawFirstLine)
            {
                sawFirstLine = true;
                if (TryReadHeader(fields, out var headerColumn))
                {
                    column = headerColumn;
                    headerSeparator = fields.Count > 1 ? separator : null;
                    continue;
                }
            }

            if (++rows > _maxRows)
            {
                return TooMany(state);
            }

            if (unclosedQuote)
            {
                state.Report($"line {lineNumber}: a quotation mark is never closed, so the line can't be read. Remove it or close it.");
                continue;
            }

            ReadRow(fields, column, lineNumber, state);
        }

        if (state.Entries.Count == 0 && state.ProblemCount == 0)
        {
            state.Problems.Add("The list is empty: it has no addresses or UPNs. Paste one per line, or upload a CSV file with an address column.");
        }

        return state.ToResult(false);
    }

    private BulkListParseResult TooMany(ParseState state)
    {
        state.Problems.Insert(0,
            $"The list has more than {_maxRows.ToString("N0", CultureInfo.InvariantCulture)} rows, the most one run takes. Split it into several lists and start a run for each.");
        return state.ToResult(true);
    }

    private static void ReadRow(List<string> fields, int? column, int lineNumber, ParseState state)
    {
        if (column is { } index)
        {
            if (index >= fields.Count || string.IsNullOrWhiteSpace(fields[index]))
            {
                state.Report($"line {lineNumber}: the address column is empty.");
                return;
            }

            ReadEntry(fields[index], lineNumber, state);
            return;
        }

        var addressLike = fields.Where(f => f.Contains('@', StringComparison.Ordinal)).ToList();
        if (addressLike.Count == 0)
        {
            ReadEntry(fields.FirstOrDefault(f => !string.IsNullOrWhiteSpace(f)) ?? "", lineNumber, state);
            return;
        }

        foreach (var field in addressLike)
        {
            ReadEntry(field, lineNumber, state);
        }
    }

    private static void ReadEntry(string field, int lineNumber, ParseState state)
    {
        foreach (var c in field.Trim())
        {
            if (CharacterDescriptions.IsInvisible(c))
            {
                state.Report($"line {lineNumber} contains {CharacterDescriptions.DescribeInvisible(c)}: retype that entry by hand.");
                return;
            }

            if (char.IsControl(c))
            {
                state.Report($"line {lineNumber} contains {CharacterDescriptions.DescribeControl(c)}, which no address or UPN has.");
                return;
            }
        }

        var entry = Clean(field);
        if (entry.Length == 0)
        {
            state.Report($"line {lineNumber} has no address or UPN.");
            return;
        }

        // Spreadsheets run a cell that starts with one of these as a formula; such text is never an address and
        // must not travel on into exports.
        if (entry[0] is '=' or '+' or '-' or '@')
        {
            state.Report($"line {lineNumber}: '{UserText.Shown(entry)}' starts with '{entry[0]}', so it is not an address or UPN (spreadsheets read it as a formula).");
            return;
        }

        var parsed = AddressSyntax.Parse(entry);
        if (parsed.Address is null)
        {
            state.Report($"line {lineNumber}: '{UserText.Shown(entry)}' is not an address or UPN.");
            return;
        }

        if (!state.Seen.Add(parsed.Address.Value))
        {
            state.DuplicateCount++;
            return;
        }

        state.Entries.Add(parsed.Address.Value);
    }

    // "Jo Smith <jo@x.com>" (Outlook), "SMTP:jo@x.com" (Exchange exports) and "mailto:" links all mean jo@x.com.
    private static string Clean(string field)
    {
        var entry = field.Trim().Trim('\u00A0').Trim();
        var open = entry.LastIndexOf('<');
        var close = entry.LastIndexOf('>');
        if (open >= 0 && close > open)
        {
            entry = entry[(open + 1)..close].Trim();
        }

        foreach (var prefix in (ReadOnlySpan<string>)["smtp:", "mailto:"])
        {
            if (entry.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                entry = entry[prefix.Length..].Trim();
            }
        }

        return entry;
    }

    private static bool TryReadHeader(List<string> fields, out int? column)
    {
        column = null;
        if (fields.Any(f => f.Contains('@', StringComparison.Ordinal)))
        {
            return false;
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var name = new string(fields[i].Where(char.IsAsciiLetterOrDigit).ToArray());
            if (AddressColumnNames.Contains(name))
            {
                column = i;
                return true;
            }
        }

        // Several columns, none with an @ and none named for addresses: a header; the first column it is.
        if (fields.Count(f => !string.IsNullOrWhiteSpace(f)) > 1)
        {
            column = 0;
            return true;
        }

        return false;
    }

    private static char? DetectSeparator(ReadOnlySpan<char> line)
    {
        Span<int> counts = stackalloc int[Separators.Length];
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                var index = Array.IndexOf(Separators, c);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        var best = -1;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best < 0 || counts[i] >= counts[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : Separators[best];
    }

    // RFC 4180 fields: "a ""quoted"" one", separators inside quotes kept; lenient about text after a closing quote.
    private static List<string> SplitFields(ReadOnlySpan<char> line, char? separator, out bool unclosedQuote)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var atFieldStart = true;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                continue;
            }
            else if (c == '"' && atFieldStart && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else
            {
                field.Append(c);
            }

            atFieldStart = false;
        }

        fields.Add(field.ToString());
        unclosedQuote = quoted;
        return fields;
    }

    private static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && c is not (',' or ';' or '"' or '\uFEFF'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class ParseState
    {
        public List<string> Entries { get; } = [];

        public HashSet<string> Seen { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<string> Problems { get; } = [];

        public int ProblemCount { get; private set; }

        public int DuplicateCount { get; set; }

        public void Report(string problem)
        {
            ProblemCount++;
            if (ProblemCount <= MaxProblemsListed)
            {
                Problems.Add(problem);
            }
        }

        public BulkListParseResult ToResult(bool rowLimitExceeded)
        {
            var problems = new List<string>(Problems);
            if (ProblemCount > MaxProblemsListed)
            {
                problems.Add($"…and {ProblemCount - MaxProblemsListed:N0} more lines with problems.");
            }

            return new BulkListParseResult(Entries, problems, DuplicateCount, rowLimitExceeded);
        }
    }
}
