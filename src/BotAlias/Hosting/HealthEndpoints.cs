using System.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BotAlias.Hosting;

/// <summary>
/// Liveness (<c>/health/live</c>, and <c>/healthz</c> as before): the process answers, nothing else is
/// asked, so a slow dependency never gets a healthy process restarted. Readiness (<c>/health/ready</c>):
/// storage and directory answer; 503 otherwise, with one short line per check and nothing more.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddBotAliasHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            .AddCheck<DirectoryHealthCheck>(DirectoryHealthCheck.Name, HealthStatus.Unhealthy, [ReadyTag], CheckTimeout);
        return services;
    }

    public static IEndpointRouteBuilder MapBotAliasHealth(this IEndpointRouteBuilder endpoints)
    {
        var live = new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteLiveAsync };
        endpoints.MapHealthChecks("/health/live", live);
        endpoints.MapHealthChecks("/healthz", live);
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReadyAsync,
        });
        return endpoints;
    }

    private static Task WriteLiveAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync("ok");
    }

    /// <summary>"ready", or "not ready", then "name: status, reason" per check.</summary>
    private static Task WriteReadyAsync(HttpContext http, HealthReport report)
    {
        var text = new StringBuilder(report.Status == HealthStatus.Healthy ? "ready" : "not ready").Append('\n');
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(": ").Append(entry.Status == HealthStatus.Healthy ? "ok" : "failing").Append(", ").Append(Reason(entry)).Append('\n');
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(text.ToString());
    }

    // A check that threw gets the exception's message as its description; that text may say too much.
    private static string Reason(HealthReportEntry entry) => entry.Exception switch
    {
        null => entry.Description ?? "no detail",
        OperationCanceledException => "no answer in time",
        _ => "the check failed (see the log)",
    };
}
