using BotAlias.Core.Directory;

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BotAlias.Hosting;

/// <summary>Readiness of the directory, through whichever adapter's <see cref="IDirectoryProbe"/> is registered.</summary>
public sealed class DirectoryHealthCheck(IDirectoryProbe probe) : IHealthCheck
{
    public const string Name = "directory";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = await probe.ProbeAsync(cancellationToken);
        return result.Reachable ? HealthCheckResult.Healthy(result.Description) : HealthCheckResult.Unhealthy(result.Description);
    }
}
