namespace BotAlias.Features.Bulk.Export;

public static class BulkExportEndpoints
{
    /// <summary>The CSV behind the bulk cards' links: GET /bulk/export?t=...</summary>
    public static IEndpointRouteBuilder MapBulkExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(BulkExportLink.Path, (HttpContext context, BulkExportDownload download) => download.HandleAsync(context));
        return endpoints;
    }
}
