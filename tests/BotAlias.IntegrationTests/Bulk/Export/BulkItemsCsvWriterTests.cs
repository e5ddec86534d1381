using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;
using BotAlias.Features.Bulk.Export;
using BotAlias.IntegrationTests.AuditExport;

namespace BotAlias.IntegrationTests.Bulk.Export;

public sealed class BulkItemsCsvWriterTests
{
    [Fact]
    public async Task The_header_names_every_column_and_each_item_is_one_row_with_its_addresses_and_reason()
    {
        var switched = Item(1, "Jane Doe", BulkItemStatus.Done) with
        {
            Address = EmailAddress.Parse("jane@example.com"),
            PreviousPrimary = EmailAddress.Parse("jane@contoso-old.com"),
        };
        var conflict = Item(2, "John Doe", BulkItemStatus.Conflict) with
        {
            Address = EmailAddress.Parse("j.doe@contoso-old.com"),
            Suggestion = EmailAddress.Parse("j.doe2@contoso-old.com"),
            Reason = "Another mailbox already has this address.",
        };
        var unmatched = new BulkItem { Sequence = 3, UserPrincipalName = "ghost@example.com", DisplayName = "", Status = BulkItemStatus.Invalid, Reason = "No mailbox has this address." };

        var rows = await WriteAndReadAsync(switched, conflict, unmatched);

        Assert.Equal(["sequence", "display_name", "user_principal_name", "status", "address", "previous_primary", "suggestion", "reason"], rows[0]);
        Assert.Equal(["1", "Jane Doe", "jane.doe@example.com", "done", "jane@example.com", "jane@contoso-old.com", "", ""], rows[1]);
        Assert.Equal(["2", "John Doe", "john.doe@example.com", "conflict", "j.doe@contoso-old.com", "", "j.doe2@contoso-old.com", "Another mailbox already has this address."], rows[2]);
        Assert.Equal(["3", "", "ghost@example.com", "invalid", "", "", "", "No mailbox has this address."], rows[3]);
        Assert.Equal(4, rows.Count);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("O'Brien, Seán \"Shane\"", "O'Brien, Seán \"Shane\"")]
    [InlineData("line one\r\nline two", "line one\r\nline two")]
    public async Task Names_and_reasons_a_spreadsheet_would_run_as_formulas_come_out_as_text_and_quoting_survives(string value, string expected)
    {
        var rows = await WriteAndReadAsync(Item(1, value, BulkItemStatus.Failed) with { Reason = value });

        Assert.Equal(expected, rows[1][1]);
        Assert.Equal(expected, rows[1][7]);
    }

    [Fact]
    public void Every_status_has_a_stable_word_of_its_own()
    {
        var words = Enum.GetValues<BulkItemStatus>().Select(BulkItemsCsvWriter.Status).ToList();

        Assert.Equal(words.Count, words.Distinct().Count());
        Assert.All(words, w => Assert.Matches("^[a-z_]+$", w));
        Assert.Equal("synced_from_on_premises", BulkItemsCsvWriter.Status(BulkItemStatus.Synced));
    }

    private static async Task<IReadOnlyList<string[]>> WriteAndReadAsync(params BulkItem[] items)
    {
        using var text = new StringWriter();
        var csv = new BulkItemsCsvWriter(text);
        await csv.WriteHeaderAsync(CancellationToken.None);
        foreach (var item in items)
        {
            await csv.WriteItemAsync(item, CancellationToken.None);
        }

        var rows = CsvReader.Parse(text.ToString());
        Assert.All(rows, row => Assert.Equal(BulkItemsCsvWriter.Columns.Count, row.Length));
        return rows;
    }

    private static BulkItem Item(int sequence, string name, BulkItemStatus status) => new()
    {
        Sequence = sequence,
        MailboxId = $"id-{sequence}",
        UserPrincipalName = name.Length > 0 && name.All(c => char.IsLetter(c) || c == ' ') ? name.ToLowerInvariant().Replace(' ', '.') + "@example.com" : $"user{sequence}@example.com",
        DisplayName = name,
        Status = status,
    };
}
