namespace BotAlias.Features.AuditExport;

/// <summary>Calendar days in UTC, both ends included.</summary>
public sealed record AuditExportRange(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public DateTimeOffset StartsAt => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Midnight after the last day: the first instant not in the range.</summary>
    public DateTimeOffset EndsBefore => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public override string ToString() => $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
