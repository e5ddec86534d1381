using System.Text;
using BotAlias.Core.Bulk.Planning;

namespace BotAlias.Core.Tests.Bulk.Planning;

public sealed class BulkListParserTests
{
    private const string Structural = "@\",;\t\r\n.<>=";

    private readonly BulkListParser _parser = new();

    [Fact]
    public void A_plain_list_with_crlf_lf_blank_lines_and_a_bom_is_read_in_order()
    {
        var result = _parser.Parse("\uFEFFjo@example.com\r\n\r\nBob@Example.COM\n   \nalex@contoso-old.com\r\n");

        Assert.Equal(["jo@example.com", "Bob@example.com", "alex@contoso-old.com"], result.Entries);
        Assert.Empty(result.Problems);
        Assert.False(result.RowLimitExceeded);
    }

    [Theory]
    [InlineData("DisplayName,PrimarySmtpAddress,Department\nJo Smith,jo@example.com,Sales\n\"Smith, Bob\",bob@example.com,IT\n")]
    [InlineData("Name;E-mail\r\nJo Smith;jo@example.com\r\n\"Smith; Bob\";bob@example.com\r\n")]
    [InlineData("name\tUserPrincipalName\nJo Smith\tjo@example.com\nBob\tbob@example.com\n")]
    [InlineData("\"UPN\",\"Name\"\n\"jo@example.com\",\"Jo \"\"JJ\"\" Smith\"\n\"bob@example.com\",\"Bob\"\n")]
    public void A_header_naming_an_address_column_picks_that_column(string csv)
    {
        var result = _parser.Parse(csv);

        Assert.Equal(["jo@example.com", "bob@example.com"], result.Entries);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_header_naming_no_address_column_means_the_first_column()
    {
        var result = _parser.Parse("Who,Note\njo@example.com,moved from IT\nbob@example.com,\n");

        Assert.Equal(["jo@example.com", "bob@example.com"], result.Entries);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void An_outlook_to_line_gives_every_address()
    {
        var result = _parser.Parse("Jo Smith <jo@example.com>; Bob Jones <bob@example.com>; SMTP:alex@example.com");

        Assert.Equal(["jo@example.com", "bob@example.com", "alex@example.com"], result.Entries);
    }

    [Fact]
    public void Duplicates_are_dropped_ignoring_case_and_counted()
    {
        var result = _parser.Parse("jo@example.com\nJO@EXAMPLE.COM\nbob@example.com\njo@Example.com\n");

        Assert.Equal(["jo@example.com", "bob@example.com"], result.Entries);
        Assert.Equal(2, result.DuplicateCount);
    }

    [Fact]
    public void Each_bad_row_is_reported_with_its_line_number_and_the_good_ones_kept()
    {
        var result = _parser.Parse("address\njo@example.com\n\nbob@\nnot an address\nalex@example.com\n\"unclosed@example.com\n");

        Assert.Equal(["jo@example.com", "alex@example.com"], result.Entries);
        Assert.Equal(
        [
            "line 4: 'bob@' is not an address or UPN.",
            "line 5: 'not an address' is not an address or UPN.",
            "line 7: a quotation mark is never closed, so the line can't be read. Remove it or close it.",
        ], result.Problems);
    }

    [Fact]
    public void A_single_word_first_line_is_reported_not_swallowed_as_a_header()
    {
        var result = _parser.Parse("bob\njo@example.com\n");

        Assert.Equal(["jo@example.com"], result.Entries);
        Assert.Equal("line 1: 'bob' is not an address or UPN.", Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "starts with '='")]
    [InlineData("+jo@example.com", "starts with '+'")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "starts with '-'")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0", "starts with '@'")]
    [InlineData("=HYPERLINK(\"http://evil.example\";\"jo@example.com\")", "is not an address or UPN")]
    public void Formula_injection_text_is_a_problem_not_an_entry(string line, string expected)
    {
        var result = _parser.Parse("jo@example.com\n" + line + "\n");

        Assert.Equal(["jo@example.com"], result.Entries);
        Assert.Contains(result.Problems, p => p.StartsWith("line 2", StringComparison.Ordinal) && p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Control_and_invisible_characters_are_problems_and_never_echoed()
    {
        var result = _parser.Parse("jo@exam\u0000ple.com\nbo\u200Bb@example.com\nalex@example.com\u0007\n");

        Assert.Empty(result.Entries);
        Assert.Equal(3, result.Problems.Count);
        Assert.Contains("line 1 contains a null character (U+0000)", result.Problems[0], StringComparison.Ordinal);
        Assert.Contains("zero-width space", result.Problems[1], StringComparison.Ordinal);
        Assert.Contains("control character (U+0007)", result.Problems[2], StringComparison.Ordinal);
        Assert.DoesNotContain(result.Problems, p => p.Any(c => char.IsControl(c) || c == '\u200B'));
    }

    [Fact]
    public void A_huge_line_is_reported_with_its_length_not_its_text()
    {
        var result = _parser.Parse("jo@example.com\n" + new string('x', 1_000_000) + "@example.com\n");

        Assert.Equal(["jo@example.com"], result.Entries);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("line 2 is 1,000,012 characters long", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void More_rows_than_the_cap_stops_with_a_clear_problem()
    {
        var text = new StringBuilder("address\n");
        for (var i = 0; i < 11; i++)
        {
            text.Append("user").Append(i).Append("@example.com\n");
        }

        var result = new BulkListParser(maxRows: 10).Parse(text.ToString());

        Assert.True(result.RowLimitExceeded);
        Assert.Contains("more than 10 rows", result.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_the_cap_is_accepted()
    {
        var text = string.Concat(Enumerable.Range(0, 10).Select(i => $"user{i}@example.com\n"));

        var result = new BulkListParser(maxRows: 10).Parse(text);

        Assert.False(result.RowLimitExceeded);
        Assert.Equal(10, result.Entries.Count);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void The_default_cap_is_fifty_thousand_rows()
    {
        var text = string.Concat(Enumerable.Range(0, 50_001).Select(i => $"user{i}@example.com\n"));

        var result = _parser.Parse(text);

        Assert.True(result.RowLimitExceeded);
        Assert.Contains("more than 50,000 rows", result.Problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\r\n\n  \n")]
    [InlineData(",,,\n;;\n")]
    public void An_empty_list_is_a_problem(string? text)
    {
        var result = _parser.Parse(text);

        Assert.Empty(result.Entries);
        Assert.Contains("empty", Assert.Single(result.Problems), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Many_bad_lines_are_listed_up_to_a_cap_then_counted()
    {
        var text = string.Concat(Enumerable.Range(0, 250).Select(i => $"bad{i}\n"));

        var result = _parser.Parse(text);

        Assert.Equal(BulkListParser.MaxProblemsListed + 1, result.Problems.Count);
        Assert.Equal("…and 150 more lines with problems.", result.Problems[^1]);
    }

    [Fact]
    public void Random_binary_garbage_never_throws()
    {
        var random = new Random(8);
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 2_000)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? Structural[random.Next(Structural.Length)] : (char)random.Next(0, 0xFFFF);
            }

            var result = _parser.Parse(new string(chars));

            Assert.True(result.Entries.Count + result.Problems.Count > 0);
        }
    }
}
