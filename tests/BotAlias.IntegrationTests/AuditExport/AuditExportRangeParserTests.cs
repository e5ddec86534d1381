using BotAlias.Features.AuditExport;

namespace BotAlias.IntegrationTests.AuditExport;

public sealed class AuditExportRangeParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Theory]
    [InlineData("", "2026-10-23", "2026-11-21")]
    [InlineData("2026-11-01 2026-11-21", "2026-11-01", "2026-11-21")]
    [InlineData("2026-11-01 to 2026-11-21", "2026-11-01", "2026-11-21")]
    [InlineData("  2026-11-05   2026-11-05 ", "2026-11-05", "2026-11-05")]
    [InlineData("2026-11-01", "2026-11-01", "2026-11-21")]
    [InlineData("2025-11-21 2026-11-21", "2025-11-21", "2026-11-21")]
    [InlineData("2026-11-01 2027-01-31", "2026-11-01", "2027-01-31")]
    public void Dates_are_read_as_inclusive_utc_days(string arguments, string from, string to)
    {
        var range = AuditExportRangeParser.Parse(arguments, Today, 366, out var refusal);

        Assert.Equal(string.Empty, refusal);
        Assert.Equal(new AuditExportRange(DateOnly.Parse(from), DateOnly.Parse(to)), range);
    }

    [Fact]
    public void The_default_is_the_last_thirty_days_today_included()
    {
        var range = AuditExportRangeParser.Parse("", Today, 366, out _)!;

        Assert.Equal(30, range.Days);
        Assert.Equal(new DateTimeOffset(2026, 10, 23, 0, 0, 0, TimeSpan.Zero), range.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), range.EndsBefore);
    }

    [Theory]
    [InlineData("2026-13-01 2026-11-21", "\"2026-13-01\" is not a date I can read")]
    [InlineData("2026-02-30", "\"2026-02-30\" is not a date I can read")]
    [InlineData("01/11/2026 2026-11-21", "\"01/11/2026\" is not a date I can read")]
    [InlineData("yesterday", "\"yesterday\" is not a date I can read")]
    [InlineData("2026-11-21 2026-11-01", "The last day (2026-11-01) is before the first day (2026-11-21)")]
    [InlineData("2024-01-01 2026-11-21", "That is 1056 days; one export covers at most 366 days")]
    [InlineData("2025-11-20 2026-11-21", "That is 367 days")]
    [InlineData("2026-12-01 2026-12-31", "2026-12-01 is in the future")]
    [InlineData("2026-11-01 2026-11-02 2026-11-03", "at most two dates")]
    public void Bad_dates_are_refused_saying_what_is_wrong_and_what_to_type(string arguments, string expected)
    {
        var range = AuditExportRangeParser.Parse(arguments, Today, 366, out var refusal);

        Assert.Null(range);
        Assert.Contains(expected, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_text_echoed_in_a_refusal_cannot_format_the_message()
    {
        AuditExportRangeParser.Parse("[click](https://evil.example)", Today, 366, out var refusal);

        Assert.DoesNotContain("[click]", refusal, StringComparison.Ordinal);
        Assert.Contains("not a date I can read", refusal, StringComparison.Ordinal);
    }
}
