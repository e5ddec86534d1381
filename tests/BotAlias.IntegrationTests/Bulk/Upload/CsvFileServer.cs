using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BotAlias.IntegrationTests.Bulk.Upload;

/// <summary>
/// Stands in for SharePoint's pre-authorised download links: a real HTTP server on 127.0.0.1 that serves the files
/// it is given and counts every request by path, so a test can prove a file was never fetched.
/// </summary>
public sealed class CsvFileServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (byte[] Body, bool SendLength)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _redirects = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private CsvFileServer()
    {
        // Its own content root: the test folder's appsettings.json is the bot's, not this server's.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(AnswerAsync);
    }

    /// <summary>http://127.0.0.1:{port}, the port chosen by the system.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public int TotalRequests => _requests.Values.Sum();

    public static async Task<CsvFileServer> StartAsync()
    {
        var server = new CsvFileServer();
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Urls.Single());
        return server;
    }

    /// <returns>The file's download link.</returns>
    public string Serve(string path, byte[] body, bool sendLength = true)
    {
        _files[path] = (body, sendLength);
        return new Uri(BaseAddress, path).ToString();
    }

    /// <returns>A link that answers 302 to <paramref name="location"/>.</returns>
    public string Redirect(string path, string location)
    {
        _redirects[path] = location;
        return new Uri(BaseAddress, path).ToString();
    }

    public int RequestsFor(string path) => _requests.TryGetValue(path, out var count) ? count : 0;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _requests.AddOrUpdate(path, 1, (_, count) => count + 1);
        if (_redirects.TryGetValue(path, out var location))
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = location;
            return;
        }

        if (!_files.TryGetValue(path, out var file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "text/csv";
        if (file.SendLength)
        {
            context.Response.ContentLength = file.Body.Length;
        }

        await context.Response.Body.WriteAsync(file.Body, context.RequestAborted);
    }
}
