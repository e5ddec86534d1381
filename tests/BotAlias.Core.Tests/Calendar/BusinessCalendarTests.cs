using BotAlias.Core.Calendar;

namespace BotAlias.Core.Tests.Calendar;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Utc = new(TimeZoneInfo.Utc);

    [Theory]
    [InlineData("2025-03-03T09:00:00Z", 1, "2025-03-04T09:00:00Z")] // Monday -> Tuesday
    [InlineData("2025-03-07T16:00:00Z", 1, "2025-03-10T16:00:00Z")] // Friday -> Monday
    [InlineData("2025-03-06T16:00:00Z", 2, "2025-03-10T16:00:00Z")] // Thursday + 2 -> Monday
    [InlineData("2025-03-07T16:00:00Z", 5, "2025-03-14T16:00:00Z")] // a working week is a calendar week
    [InlineData("2025-03-08T10:00:00Z", 1, "2025-03-11T00:00:00Z")] // Saturday counts from Monday's start
    [InlineData("2025-03-09T23:59:00Z", 0, "2025-03-10T00:00:00Z")] // Sunday, no days: the next working day begins
    [InlineData("2025-03-05T12:34:00Z", 0, "2025-03-05T12:34:00Z")]
    public void Weekends_do_not_count(string start, int days, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Utc.AddBusinessDays(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void The_wall_clock_time_is_kept_across_the_spring_clock_change_in_London()
    {
        var london = new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

        // Friday 28 March 2025 16:00 GMT; the clocks go forward on Sunday 30 March.
        var due = london.AddBusinessDays(new DateTimeOffset(2025, 3, 28, 16, 0, 0, TimeSpan.Zero), 1);

        Assert.Equal(new DateTimeOffset(2025, 3, 31, 16, 0, 0, TimeSpan.FromHours(1)), due);
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 15, 0, 0, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Fact]
    public void The_wall_clock_time_is_kept_across_the_autumn_clock_change_in_London()
    {
        var london = new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

        // Friday 24 October 2025 16:00 BST; the clocks go back on Sunday 26 October.
        var due = london.AddBusinessDays(new DateTimeOffset(2025, 10, 24, 16, 0, 0, TimeSpan.FromHours(1)), 1);

        Assert.Equal(new DateTimeOffset(2025, 10, 27, 16, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void A_time_skipped_by_the_clocks_going_forward_on_a_working_day_moves_past_the_gap()
    {
        var calendar = new BusinessCalendar(WednesdayChangeZone());

        // Tuesday 25 March 02:30 (+1); on Wednesday 26 March the clocks jump from 02:00 to 03:00.
        var due = calendar.AddBusinessDays(new DateTimeOffset(2025, 3, 25, 2, 30, 0, TimeSpan.FromHours(1)), 1);

        Assert.Equal(new DateTimeOffset(2025, 3, 26, 3, 30, 0, TimeSpan.FromHours(2)), due);
    }

    [Fact]
    public void A_time_that_occurs_twice_when_the_clocks_go_back_is_taken_the_first_time()
    {
        var calendar = new BusinessCalendar(WednesdayChangeZone());

        // Tuesday 28 October 02:30 (+2); on Wednesday 29 October 03:00 becomes 02:00 again.
        var due = calendar.AddBusinessDays(new DateTimeOffset(2025, 10, 28, 2, 30, 0, TimeSpan.FromHours(2)), 1);

        Assert.Equal(new DateTimeOffset(2025, 10, 29, 2, 30, 0, TimeSpan.FromHours(2)), due);
    }

    [Fact]
    public void The_instant_is_read_in_the_calendar_s_zone_not_in_UTC()
    {
        var sydney = new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney"));

        // Friday 23:00 UTC is already Saturday 10:00 in Sydney (+11): it counts from Monday's start there.
        var due = sydney.AddBusinessDays(new DateTimeOffset(2025, 3, 7, 23, 0, 0, TimeSpan.Zero), 1);

        Assert.Equal(new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.FromHours(11)), due);
    }

    [Fact]
    public void Other_working_weeks_can_be_configured()
    {
        var sundayToThursday = new BusinessCalendar(TimeZoneInfo.Utc, [DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday]);

        var due = sundayToThursday.AddBusinessDays(new DateTimeOffset(2025, 3, 6, 16, 0, 0, TimeSpan.Zero), 1);

        Assert.Equal(new DateTimeOffset(2025, 3, 9, 16, 0, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void A_week_without_working_days_and_negative_days_are_refused()
    {
        var noDays = Assert.Throws<ArgumentException>(() => new BusinessCalendar(TimeZoneInfo.Utc, []));
        Assert.Contains("at least one working day", noDays.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Utc.AddBusinessDays(DateTimeOffset.UnixEpoch, -1));
    }

    /// <summary>+1, with summer time (+2) from the last Wednesday of March 02:00 to the last Wednesday of October 03:00.</summary>
    private static TimeZoneInfo WednesdayChangeZone()
    {
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0, DateTimeKind.Unspecified), 3, 5, DayOfWeek.Wednesday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0, DateTimeKind.Unspecified), 10, 5, DayOfWeek.Wednesday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), new DateTime(2099, 12, 31, 0, 0, 0, DateTimeKind.Unspecified), TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("Test/Wednesday", TimeSpan.FromHours(1), "Wednesday changes", "Standard", "Summer", [rule]);
    }
}
