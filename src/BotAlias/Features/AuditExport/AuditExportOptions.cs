namespace BotAlias.Features.AuditExport;

/// <summary>The section <c>AuditExport</c>: where download links point, how long they work, and how much one export holds.</summary>
public sealed class AuditExportOptions
{
    public const string Section = "AuditExport";

    /// <summary>The bot's address as an admin's browser reaches it; links are <c>{PublicBaseUrl}/audit/export?t=...</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:3978";

    /// <summary>How long a download link works after the bot hands it out.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest date range one export may cover, in days, both ends included.</summary>
    public int MaxRangeDays { get; set; } = 366;

    /// <summary>At most this many entries go into one file; the file says so when there were more.</summary>
    public int MaxRows { get; set; } = 100_000;
}
