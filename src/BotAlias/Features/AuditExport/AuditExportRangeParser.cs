using System.Globalization;
using BotAlias.AdaptiveCards;

namespace BotAlias.Features.AuditExport;

/// <summary>
/// Reads the dates after "export audit": none (the last <see cref="DefaultDays"/> days), one (from that day to today),
/// or two (from, to; an optional "to" between them). Every refusal says what to type instead.
/// </summary>
public static class AuditExportRangeParser
{
    public const int DefaultDays = 30;

    public const string Usage = "Type **export audit** for the last 30 days, or give the first and last day (UTC, both included) as YYYY-MM-DD, for example: **export audit 2026-11-01 2026-11-21**";

    /// <returns>The range, or null with <paramref name="refusal"/> saying why.</returns>
    public static AuditExportRange? Parse(string arguments, DateOnly today, int maxRangeDays, out string refusal)
    {
        refusal = string.Empty;
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(word => word is not "to" and not "-" and not "from")
            .ToArray();
        if (words.Length > 2)
        {
            refusal = "I need at most two dates. " + Usage;
            return null;
        }

        var dates = new List<DateOnly>(2);
        foreach (var word in words)
        {
            if (!DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                refusal = $"\"{CardText.Escape(word, 40)}\" is not a date I can read. " + Usage;
                return null;
            }

            dates.Add(date);
        }

        var range = dates.Count switch
        {
            0 => new AuditExportRange(today.AddDays(1 - DefaultDays), today),
            1 => new AuditExportRange(dates[0], today),
            _ => new AuditExportRange(dates[0], dates[1]),
        };

        if (range.From > today)
        {
            refusal = $"{range.From:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd} UTC), so there is nothing to export yet.";
            return null;
        }

        if (range.To < range.From)
        {
            refusal = $"The last day ({range.To:yyyy-MM-dd}) is before the first day ({range.From:yyyy-MM-dd}). " + Usage;
            return null;
        }

        if (range.Days > maxRangeDays)
        {
            refusal = $"That is {range.Days} days; one export covers at most {maxRangeDays} days. Ask for a shorter range, and export the rest separately.";
            return null;
        }

        return range;
    }
}
