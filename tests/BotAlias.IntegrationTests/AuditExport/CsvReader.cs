using System.Text;

namespace BotAlias.IntegrationTests.AuditExport;

/// <summary>
/// A strict RFC 4180 reader written from the RFC, independent of the writer under test: rows end with CRLF, quoted
/// fields may hold commas, quotes (doubled) and line breaks, anything else malformed throws.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("A quoted field never ends.");
                    }

                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else
            {
                while (i < text.Length && text[i] is not ',' and not '\r' and not '\n')
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"A quote inside an unquoted field at {i}.");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i += 2;
            }
            else if (i < text.Length)
            {
                throw new FormatException($"A row must end with CRLF, not at {i}.");
            }

            rows.Add([.. fields]);
            fields.Clear();
        }

        return rows;
    }
}
