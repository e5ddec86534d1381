using System.Globalization;
using BotAlias.AdaptiveCards;

namespace BotAlias.Features.AuditExport;

/// <summary>The download button for an admin, with what the file holds and when the link stops working.</summary>
public static class AuditExportCard
{
    public const string Title = "Audit log export";

    public static AdaptiveCard Create(Uri link, AuditExportRange range, DateTimeOffset expiresAt, TimeSpan lifetime) => new()
    {
        Body =
        [
            new TextBlock { Text = Title, Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new FactSet
            {
                Facts =
                [
                    new Fact("Days (UTC)", $"{range.From:yyyy-MM-dd} to {range.To:yyyy-MM-dd}, both included"),
                    new Fact("Format", "CSV, one row per audit entry"),
                    new Fact("Link expires", $"{expiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC (in {Describe(lifetime)})"),
                ],
            },
            new TextBlock
            {
                Text = "The link works once. Anyone who opens it gets the file, so don't forward it; type \"export audit\" again for a new one.",
                Wrap = true,
                IsSubtle = true,
            },
        ],
        Actions = [new OpenUrlAction { Title = "Download CSV", Url = link.AbsoluteUri }],
    };

    private static string Describe(TimeSpan lifetime) => lifetime switch
    {
        { TotalMinutes: < 1 } => Plural((int)Math.Ceiling(lifetime.TotalSeconds), "second"),
        { TotalHours: < 1 } => Plural((int)Math.Round(lifetime.TotalMinutes), "minute"),
        _ => Plural((int)Math.Round(lifetime.TotalHours), "hour"),
    };

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
