using Microsoft.Extensions.Options;

namespace BotAlias.Features.Bulk.Upload;

/// <summary>
/// Where the bot fetches a sent file from. The download link comes in the activity, so whoever can post activities
/// could point the bot at an internal address (server-side request forgery): only SharePoint Online, where Teams
/// keeps 1:1 chat files, over https on its standard port, plus hosts an operator lists. Plain http only for a listed
/// loopback host, so tests can serve files locally.
/// </summary>
public sealed class BulkFileDownloadPolicy(IOptions<BulkFeatureOptions> options)
{
    private static readonly string[] SharePointSuffixes = [".sharepoint.com", ".sharepoint-df.com"];

    public bool Allows(Uri? uri)
    {
        if (uri is not { IsAbsoluteUri: true } || uri.UserInfo.Length > 0)
        {
            return false;
        }

        var host = uri.IdnHost.TrimEnd('.');
        if (SharePointSuffixes.Any(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase) && host.Length > s.Length))
        {
            return uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort;
        }

        if (options.Value.FileDownloadHosts.Any(h => string.Equals(h?.Trim().TrimEnd('.'), host, StringComparison.OrdinalIgnoreCase)))
        {
            return uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
        }

        return false;
    }
}
