using BotAlias.Bot;

namespace BotAlias.Features.Bulk.Upload;

public static class BulkFileUploadServiceCollectionExtensions
{
    /// <summary>A CSV file sent in the 1:1 chat starts a bulk change for the people in it.</summary>
    public static IServiceCollection AddBulkFileUpload(this IServiceCollection services)
    {
        services.AddSingleton<BulkFileDownloadPolicy>();
        BulkFileDownloader.AddHttpClient(services);
        services.AddSingleton<BulkFileDownloader>();
        services.AddSingleton<IMessageAttachmentHandler, BulkFileUploadHandler>();
        return services;
    }
}
