namespace BotAlias.Features.Bulk.Upload;

/// <summary>Why a sent file was not read; the upload handler words each for the admin.</summary>
public enum BulkFileDownloadFailure
{
    None,

    /// <summary>The link (or a redirect) points somewhere other than the hosts Teams stores files on: not requested.</summary>
    HostNotAllowed,

    /// <summary>Bigger than <see cref="BulkFeatureOptions.MaxFileBytes"/>, by its Content-Length or while reading.</summary>
    TooBig,

    TimedOut,

    /// <summary>The server refused or broke off (an expired link answers 401/403/404).</summary>
    Unavailable,
}
