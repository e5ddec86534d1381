using BotAlias.Bot;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.AuditExport;

public static class AuditExportFeature
{
    /// <summary>
    /// "export audit": admins download the audit log as CSV through a one-time link. Uses the people resolver, private
    /// chat and Data Protection registered by the host and the alias request feature, so it is registered after them.
    /// </summary>
    public static IServiceCollection AddAuditExportFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditExportOptions>().Bind(configuration.GetSection(AuditExportOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditExportOptions>, AuditExportOptionsValidator>();
        services.AddSingleton<AuditExportTokens>();
        services.AddSingleton<AuditExportDownload>();
        services.AddSingleton<IMessageCommand, AuditExportCommand>();
        services.AddSingleton(new HelpTopic("export audit [first day] [last day]", "Admins: download the audit log as CSV through a one-time link (days in UTC as YYYY-MM-DD; the last 30 days when you give none).", 70));
        return services;
    }

    /// <summary>The download behind the links: GET /audit/export?t=...</summary>
    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AuditExportLink.Path, (HttpContext context, AuditExportDownload download) => download.HandleAsync(context));
        return endpoints;
    }
}
