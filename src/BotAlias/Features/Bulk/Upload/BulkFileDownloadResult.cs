namespace BotAlias.Features.Bulk.Upload;

/// <summary>The file's bytes, or why there are none.</summary>
public sealed record BulkFileDownloadResult(byte[]? Content, BulkFileDownloadFailure Failure)
{
    public static BulkFileDownloadResult Read(byte[] content) => new(content, BulkFileDownloadFailure.None);

    public static BulkFileDownloadResult Failed(BulkFileDownloadFailure failure) => new(null, failure);
}
