using System.Net;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.Bulk.Upload;

/// <summary>
/// Fetches a file sent in chat from its pre-authorised link: only from <see cref="BulkFileDownloadPolicy"/>'s
/// hosts, following a redirect only to the same host, no bigger than <see cref="BulkFeatureOptions.MaxFileBytes"/>
/// (by Content-Length and again while reading, since a server may send none or lie), within <see cref="Timeout"/>.
/// Never throws for anything the server does; the turn's own cancellation still cancels.
/// </summary>
public sealed class BulkFileDownloader(IHttpClientFactory httpClients, BulkFileDownloadPolicy policy, IOptions<BulkFeatureOptions> options)
{
    public const string HttpClientName = "BulkFileDownload";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private const int MaxRedirects = 3;

    public async Task<BulkFileDownloadResult> DownloadAsync(string? url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !policy.Allows(uri))
        {
            return BulkFileDownloadResult.Failed(BulkFileDownloadFailure.HostNotAllowed);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return await GetAsync(uri, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return BulkFileDownloadResult.Failed(BulkFileDownloadFailure.TimedOut);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return BulkFileDownloadResult.Failed(BulkFileDownloadFailure.Unavailable);
        }
    }

    private async Task<BulkFileDownloadResult> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(HttpClientName);
        var maxBytes = options.Value.MaxFileBytes;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsRedirect(response.StatusCode))
            {
                var next = response.Headers.Location is { } location ? new Uri(uri, location) : null;
                if (next is null || redirects >= MaxRedirects)
                {
                    return BulkFileDownloadResult.Failed(BulkFileDownloadFailure.Unavailable);
                }

                // Same host only: a redirect elsewhere would carry the bot to a host nobody vetted.
                if (!string.Equals(next.IdnHost, uri.IdnHost, StringComparison.OrdinalIgnoreCase) || !policy.Allows(next))
                {
                    return BulkFileDownloadResult.Failed(BulkFileDownloadFailure.HostNotAllowed);
                }

                uri = next;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                return BulkFileDownloadResult.Failed(BulkFileDownloadFailure.Unavailable);
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return BulkFileDownloadResult.Failed(BulkFileDownloadFailure.TooBig);
            }

            return await ReadCappedAsync(response.Content, maxBytes, cancellationToken);
        }
    }

    private static async Task<BulkFileDownloadResult> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return BulkFileDownloadResult.Failed(BulkFileDownloadFailure.TooBig);
            }

            buffer.Write(chunk, 0, read);
        }

        return BulkFileDownloadResult.Read(buffer.ToArray());
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Registers the client: redirects handled here, no cookies, nothing logged (the link is a credential).</summary>
    internal static void AddHttpClient(IServiceCollection services) =>
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectTimeout = Timeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            .RemoveAllLoggers();
}
