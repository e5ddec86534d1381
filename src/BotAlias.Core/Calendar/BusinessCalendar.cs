namespace BotAlias.Core.Calendar;

/// <summary>
/// Counts working days in one time zone: the wall-clock time of day is kept, non-working days are skipped,
/// so a request made on Friday at 16:00 is one business day old on Monday at 16:00, whatever the UTC offset did
/// in between.
/// </summary>
public sealed class BusinessCalendar
{
    private static readonly DayOfWeek[] MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private readonly TimeZoneInfo _zone;
    private readonly HashSet<DayOfWeek> _workingDays;

    /// <param name="workingDays">Monday to Friday when null.</param>
    /// <exception cref="ArgumentException">No working day at all: no amount of days could be added.</exception>
    public BusinessCalendar(TimeZoneInfo zone, IEnumerable<DayOfWeek>? workingDays = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        _zone = zone;
        _workingDays = [.. workingDays ?? MondayToFriday];
        if (_workingDays.Count == 0 || _workingDays.Any(d => !Enum.IsDefined(d)))
        {
            throw new ArgumentException("A business calendar needs at least one working day, each a day of the week.", nameof(workingDays));
        }
    }

    public TimeZoneInfo Zone => _zone;

    public bool IsWorkingDay(DayOfWeek day) => _workingDays.Contains(day);

    /// <summary>
    /// The instant <paramref name="days"/> working days after <paramref name="start"/>. A start on a non-working
    /// day counts from the beginning of the next working day (Saturday 10:00 plus one day is Tuesday 00:00), so the
    /// time waited always covers whole working days. A wall-clock time skipped by a clock change moves forward by
    /// the gap; one that occurs twice is taken the first time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public DateTimeOffset AddBusinessDays(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);

        var local = TimeZoneInfo.ConvertTime(start, _zone).DateTime;
        if (!IsWorkingDay(local.DayOfWeek))
        {
            local = NextWorkingDay(local.Date);
        }
        else if (days == 0)
        {
            return start;
        }

        for (var i = 0; i < days; i++)
        {
            local = NextWorkingDay(local);
        }

        return ToInstant(local);
    }

    private DateTime NextWorkingDay(DateTime local)
    {
        do
        {
            local = local.AddDays(1);
        }
        while (!IsWorkingDay(local.DayOfWeek));

        return local;
    }

    private DateTimeOffset ToInstant(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (_zone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant: the first time the clock shows this time.
            return new DateTimeOffset(local, _zone.GetAmbiguousTimeOffsets(local).Max());
        }

        if (_zone.IsInvalidTime(local))
        {
            // Skipped by a clock going forward: the offset from before the change puts it after the gap,
            // as a wall clock that was not changed would show it.
            return new DateTimeOffset(local, _zone.GetUtcOffset(local.AddDays(-1)));
        }

        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
