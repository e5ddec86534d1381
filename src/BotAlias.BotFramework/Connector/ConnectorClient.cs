using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BotAlias.BotFramework.Diagnostics;
using BotAlias.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Polly;

namespace BotAlias.BotFramework.Connector;

/// <summary>Calls the Bot Connector v3 REST API at an activity's serviceUrl.</summary>
/// <param name="metrics">Counts each call by its final status; null counts nothing.</param>
/// <param name="pacer">Paces the calls into each conversation; null sends at once.</param>
public sealed class ConnectorClient(
    HttpClient http,
    IConnectorTokenProvider tokens,
    ResiliencePipeline<HttpResponseMessage> retry,
    ILogger<ConnectorClient> logger,
    BotFrameworkMetrics? metrics = null,
    ConversationPacer? pacer = null) : IConnectorClient
{
    private static BotFrameworkJsonContext Json => BotFrameworkJsonContext.Default;

    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendForResourceAsync(HttpMethod.Post, conversationId, ConversationUrl(serviceUrl, conversationId, "activities"), activity, cancellationToken);

    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default) =>
        SendForResourceAsync(HttpMethod.Post, conversationId, ConversationUrl(serviceUrl, conversationId, "activities", replyToId), activity with { ReplyToId = replyToId }, cancellationToken);

    public Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendForResourceAsync(HttpMethod.Put, conversationId, ConversationUrl(serviceUrl, conversationId, "activities", activityId), activity with { Id = activityId }, cancellationToken);

    public async Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        using var response = await SendWithRetryAsync(HttpMethod.Delete, conversationId, ConversationUrl(serviceUrl, conversationId, "activities", activityId), null, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        var url = new Uri(BaseUrl(serviceUrl) + "v3/conversations");
        using var response = await SendWithRetryAsync(HttpMethod.Post, null, url, JsonSerializer.SerializeToUtf8Bytes(parameters, Json.ConversationParameters), cancellationToken);
        return await ReadBodyAsync(response, Json.ConversationResourceResponse, cancellationToken) ?? new ConversationResourceResponse(null, null, null);
    }

    public async Task SendTypingAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken = default) =>
        await SendAsync(serviceUrl, conversationId, new Activity { Type = ActivityTypes.Typing }, cancellationToken);

    internal static string BaseUrl(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        return serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
    }

    internal static Uri ConversationUrl(string serviceUrl, string conversationId, string collection, string? itemId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var url = $"{BaseUrl(serviceUrl)}v3/conversations/{Uri.EscapeDataString(conversationId)}/{collection}";
        return new Uri(itemId is null ? url : $"{url}/{Uri.EscapeDataString(itemId)}");
    }

    private async Task<ResourceResponse> SendForResourceAsync(HttpMethod method, string conversationId, Uri url, Activity activity, CancellationToken cancellationToken)
    {
        // Serialized once, straight to UTF-8 bytes, and sent as they are on every attempt.
        using var response = await SendWithRetryAsync(method, conversationId, url, JsonSerializer.SerializeToUtf8Bytes(activity, Json.Activity), cancellationToken);
        return await ReadBodyAsync(response, Json.ResourceResponse, cancellationToken) ?? new ResourceResponse(null);
    }

    /// <param name="conversationId">The conversation the call goes into, paced per conversation; null for calls outside one.</param>
    private async Task<HttpResponseMessage> SendWithRetryAsync(HttpMethod method, string? conversationId, Uri url, byte[]? body, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await retry.ExecuteAsync(
                async ct =>
                {
                    // Each attempt counts against the conversation's rate, a retry as much as the first call.
                    if (pacer is not null && conversationId is not null)
                    {
                        await pacer.WaitAsync(conversationId, ct);
                    }

                    using var request = new HttpRequestMessage(method, url);
                    if (body is not null)
                    {
                        // A constant header kept as text: no header objects built per request.
                        request.Content = new ByteArrayContent(body);
                        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
                    }

                    if (await tokens.GetTokenAsync(ct) is { } token)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    }

                    return await http.SendAsync(request, ct);
                },
                cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            metrics?.ConnectorCallError(ex);
            throw;
        }

        metrics?.ConnectorCall((int)response.StatusCode);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var (code, message) = await ReadErrorAsync(response, cancellationToken);
            logger.LogWarning("Connector {Method} {Path} failed with {Status} {Code}", method, url.AbsolutePath, (int)response.StatusCode, code);
            throw new ConnectorException(response.StatusCode, code, $"The connector answered {(int)response.StatusCode}: {message}");
        }
    }

    private static async Task<T?> ReadBodyAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        // The connector may answer 201/202 with no body (the Playground does for replies).
        if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<(string? Code, string Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.TryGetProperty("error", out var error))
            {
                var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                return (code, message ?? response.ReasonPhrase ?? "error");
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to the status line.
        }

        return (null, response.ReasonPhrase ?? "error");
    }
}
