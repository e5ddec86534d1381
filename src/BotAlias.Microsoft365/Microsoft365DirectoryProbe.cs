using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Graph;

namespace BotAlias.Microsoft365;

/// <summary>
/// Readiness asks Graph for the tenant's domains, which the adapter caches: probes every few seconds cost one
/// Graph call per cache period, not one each, so they never spend the throttling budget the bot needs.
/// </summary>
public sealed class Microsoft365DirectoryProbe(GraphDirectoryReader graph) : IDirectoryProbe
{
    public async Task<DirectoryProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var domains = await graph.GetDomainsAsync(cancellationToken).ConfigureAwait(false);
            return new DirectoryProbeResult(domains.Count > 0, domains.Count > 0 ? "Microsoft Graph answers" : "Microsoft Graph lists no domains");
        }
        catch (Exception e) when (e is DirectoryUnavailableException or DirectoryAccessDeniedException or HttpRequestException or TaskCanceledException)
        {
            return new DirectoryProbeResult(false, "Microsoft Graph does not answer: " + e.GetType().Name);
        }
    }
}
