using BotAlias.Core.Audit;
using BotAlias.Features.AuditExport;

namespace BotAlias.IntegrationTests.AuditExport;

public sealed class AuditCsvWriterTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 3, 9, 30, 15, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("a=1", "a=1")]
    [InlineData("Patti Fernandez", "Patti Fernandez")]
    [InlineData("", "")]
    public async Task A_value_a_spreadsheet_would_run_as_a_formula_reads_back_with_a_leading_quote(string value, string expected)
    {
        var rows = await WriteAndReadAsync(Entry() with { Details = value });

        Assert.Equal(expected, rows[1][8]);
    }

    [Fact]
    public async Task Commas_quotes_and_line_breaks_survive_a_round_trip_in_quoted_fields()
    {
        var entry = Entry() with
        {
            ActorName = "Fernandez, Patti \"PF\"",
            Before = "line one\r\nline two\nline three",
            After = "José Ñúñez 日本",
            Details = "{\"comment\":\"ok, \\\"fine\\\"\"}",
        };

        var rows = await WriteAndReadAsync(entry);

        Assert.Equal(["Fernandez, Patti \"PF\"", "line one\r\nline two\nline three", "José Ñúñez 日本", "{\"comment\":\"ok, \\\"fine\\\"\"}"], new[] { rows[1][2], rows[1][6], rows[1][7], rows[1][8] });
        Assert.Equal("\"Fernandez, Patti \"\"PF\"\"\"", AuditCsvWriter.Field(entry.ActorName));
    }

    [Fact]
    public async Task The_header_names_every_column_and_each_entry_is_one_row_with_the_time_in_utc()
    {
        var entry = Entry() with { RequestId = "AR-123456", Address = "sales@contoso.com", Before = "PendingApproval", After = "Approved" };

        var rows = await WriteAndReadAsync(entry, Entry() with { Action = "request.created", RequestId = null, Address = null });

        Assert.Equal(["at_utc", "actor_id", "actor_name", "action", "request_id", "address", "before", "after", "details"], rows[0]);
        Assert.Equal(["2026-11-03T08:30:15.0000000Z", "00000000-0000-0000-0000-0000000000024", "Patti Fernandez", "request.approved", "AR-123456", "sales@contoso.com", "PendingApproval", "Approved", ""], rows[1]);
        Assert.Equal(["request.created", "", ""], new[] { rows[2][3], rows[2][4], rows[2][5] });
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task A_note_is_a_row_of_its_own_that_says_it_is_a_note()
    {
        using var text = new StringWriter();
        var csv = new AuditCsvWriter(text);
        await csv.WriteHeaderAsync(CancellationToken.None);
        await csv.WriteNoteAsync("Only the first 2 entries, then more", CancellationToken.None);

        var note = CsvReader.Parse(text.ToString())[1];

        Assert.Equal(9, note.Length);
        Assert.Equal("(note)", note[3]);
        Assert.Equal("Only the first 2 entries, then more", note[8]);
        Assert.Equal("", note[0]);
    }

    private static async Task<IReadOnlyList<string[]>> WriteAndReadAsync(params AuditEntry[] entries)
    {
        using var text = new StringWriter();
        var csv = new AuditCsvWriter(text);
        await csv.WriteHeaderAsync(CancellationToken.None);
        foreach (var entry in entries)
        {
            await csv.WriteEntryAsync(entry, CancellationToken.None);
        }

        var rows = CsvReader.Parse(text.ToString());
        Assert.All(rows, row => Assert.Equal(AuditCsvWriter.Columns.Count, row.Length));
        return rows;
    }

    private static AuditEntry Entry() => new()
    {
        At = At,
        ActorId = "00000000-0000-0000-0000-0000000000024",
        ActorName = "Patti Fernandez",
        Action = "request.approved",
    };
}
