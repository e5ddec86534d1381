namespace BotAlias.Microsoft365;

/// <summary>
/// The section <c>Microsoft365:Bulk</c>: how fast a bulk run writes through Exchange Online.
/// </summary>
/// <remarks>
/// Microsoft documents no limit for the admin API's InvokeCommand (the REST form of the Exchange Online V3 module);
/// the Graph page (https://learn.microsoft.com/graph/throttling-limits) covers Graph only, and Graph cannot write
/// proxy addresses. The numbers published for Exchange Online PowerShell's default throttling policy are third
/// party's (PowerShellMaxConcurrency 3 sessions per user, PowerShellMaxDestructiveCmdlets 120 writes per 60 s:
/// blog.quadrotech-it.com/blog/office-365-exchange-online-powershell-throttling), so the defaults stay at or under
/// them: 3 calls at once, 2 writes a second. Exchange's 429s and their Retry-After still decide in the end.
/// </remarks>
public sealed class Microsoft365BulkOptions
{
    /// <summary>Exchange calls in flight at once.</summary>
    public int MaxConcurrency { get; set; } = 3;

    /// <summary>Exchange calls started per second, on average (a token bucket, refilled every period).</summary>
    public double WritesPerSecond { get; set; } = 2;
}
