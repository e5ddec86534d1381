namespace BotAlias.Features.Bulk;

/// <summary>The section <c>Bulk</c>: who approves bulk runs, and how they are paced and reported.</summary>
public sealed class BulkFeatureOptions
{
    public const string Section = "Bulk";

    /// <summary>The group whose members approve bulk runs; empty means <c>People:ApproversGroup</c>. The admin who started a run never approves it.</summary>
    public string? ApproversGroup { get; set; }

    /// <summary>The most entries a pasted or uploaded list may have.</summary>
    public int MaxListEntries { get; set; } = 50_000;

    /// <summary>The biggest CSV file an admin may send in chat for a list; 5 MB holds far more rows than <see cref="MaxListEntries"/>.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Hosts a sent file may be downloaded from besides SharePoint Online's (*.sharepoint.com, *.sharepoint-df.com),
    /// over https; plain http only for loopback hosts, for tests. Empty in production.
    /// </summary>
    public IList<string> FileDownloadHosts { get; } = [];

    /// <summary>Items written per batch; each batch is stored with its audit lines in one transaction.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long one background job works on a run before handing over to the next; between slices other queued work
    /// (approvals, notices) gets its turn, and the progress card is updated.
    /// </summary>
    public TimeSpan SliceDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The progress card is updated at most this often. Teams allows a bot about 7 operations a second per
    /// conversation and 1,800 an hour; one update every few seconds stays far below both.
    /// </summary>
    public TimeSpan ProgressCardInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a CSV link on a bulk card works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);
}
