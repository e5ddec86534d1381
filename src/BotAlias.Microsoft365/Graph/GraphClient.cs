using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Graph.Wire;
using BotAlias.Microsoft365.Http;
using Microsoft.Extensions.Logging;

namespace BotAlias.Microsoft365.Graph;

/// <summary>
/// The small part of Microsoft Graph v1.0 BotAlias uses, typed, over an HttpClient whose handlers put the token
/// on and retry transient failures (<see cref="BearerTokenHandler"/>, <see cref="Microsoft365RetryHandler"/>).
/// Errors come out as the domain's exceptions (<see cref="GraphErrorMapper"/>).
/// </summary>
public sealed partial class GraphClient
{
    private const string Version = "v1.0/";
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly GraphClientOptions _options;
    private readonly Microsoft365RetryOptions _retry;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <param name="http">Sends through the token and retry handlers; its BaseAddress is not used.</param>
    /// <param name="retry">The same options the retry handler has: batch sub-requests are retried within that budget.</param>
    public GraphClient(HttpClient http, GraphClientOptions options, Microsoft365RetryOptions retry, ILogger<GraphClient> logger, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(retry);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _options = options;
        _retry = retry;
        _logger = logger;
        _time = timeProvider ?? TimeProvider.System;
    }

    private Uri Url(string relative) => new(_options.BaseAddress, Version + relative);

    private static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Uri.EscapeDataString(value);
    }

    private static string Query(string value) => Uri.EscapeDataString(value);

    /// <summary>Sends one request; a success comes back, a 404 gives null when <paramref name="notFoundIsNull"/>, anything else throws.</summary>
    private async Task<HttpResponseMessage?> SendAsync(
        HttpMethod method,
        Uri url,
        HttpContent? content,
        GraphOperation operation,
        string subject,
        bool notFoundIsNull,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var (name, value) in headers ?? EmptyHeaders)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var error = await GraphErrorReader.ReadAsync(response, cancellationToken).ConfigureAwait(false);
            var requestId = GraphErrorReader.RequestId(response, error);
            if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
            {
                return null;
            }

            LogRefusal((int)response.StatusCode, error?.Code, requestId, method.Method, url.AbsolutePath);
            throw GraphErrorMapper.ToException(operation, (int)response.StatusCode, error, requestId, subject);
        }
    }

    private async Task<T?> GetAsync<T>(Uri url, JsonTypeInfo<T> type, GraphOperation operation, string subject, bool notFoundIsNull, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null)
        where T : class
    {
        using var response = await SendAsync(HttpMethod.Get, url, null, operation, subject, notFoundIsNull, cancellationToken, headers).ConfigureAwait(false);
        return response is null ? null : await ReadAsync(response, type, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every page of a collection, following <c>@odata.nextLink</c> whole and resending the headers on each page.</summary>
    private async Task<List<T>?> GetAllPagesAsync<T>(
        Uri url,
        JsonTypeInfo<CollectionPage<T>> type,
        GraphOperation operation,
        string subject,
        bool notFoundIsNull,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var items = new List<T>();
        Uri? next = url;
        while (next is not null)
        {
            var page = await GetAsync(next, type, operation, subject, notFoundIsNull && items.Count == 0 && next == url, cancellationToken, headers).ConfigureAwait(false);
            if (page is null)
            {
                return null;
            }

            items.AddRange(page.Value);
            next = page.NextLink is { Length: > 0 } link ? new Uri(link, UriKind.Absolute) : null;
        }

        return items;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken).ConfigureAwait(false)
                ?? throw new GraphServiceException((int)response.StatusCode, null, "Microsoft Graph answered with an empty body.", null);
        }
        catch (JsonException e)
        {
            throw new GraphServiceException($"Microsoft Graph answered {response.RequestMessage?.RequestUri?.AbsolutePath} with JSON of an unexpected shape.", e);
        }
    }

    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = Json;
        return content;
    }

    private void LogRefusal(int status, string? code, string? requestId, string method, string path) =>
        _logger.LogWarning("Microsoft Graph refused {Method} {Path}: {StatusCode} {ErrorCode}, request-id {RequestId}", method, path, status, code ?? "without code", requestId ?? "none");

    private static readonly Dictionary<string, string> EmptyHeaders = [];

    private static string Describe(string kind, string id) => $"{kind} {id}";

    private static StringContent EmptyJson()
    {
        var content = new StringContent(string.Empty, Encoding.UTF8);
        content.Headers.ContentType = Json;
        return content;
    }
}
