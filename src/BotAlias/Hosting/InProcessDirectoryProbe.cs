using BotAlias.Core.Directory;

namespace BotAlias.Hosting;

/// <summary>
/// The demo tenant is loaded into this process at start (a broken data file stops the host there),
/// so while the process runs it is reachable; readiness says which directory it is.
/// </summary>
public sealed class InProcessDirectoryProbe : IDirectoryProbe
{
    private static readonly Task<DirectoryProbeResult> Reachable =
        Task.FromResult(new DirectoryProbeResult(true, "the demo tenant, in this process"));

    public Task<DirectoryProbeResult> ProbeAsync(CancellationToken cancellationToken) => Reachable;
}
