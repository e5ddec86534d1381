using System.Text.Json;

namespace BotAlias.Microsoft365.Http;

/// <summary>Reads a Graph error body without ever failing: a body that is not the envelope gives null.</summary>
public static class GraphErrorReader
{
    public static GraphError? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, HttpJsonContext.Default.GraphErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads the response's error body (buffering it, so it can still be read afterwards).</summary>
    public static async Task<GraphError?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Content is null)
        {
            return null;
        }

        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>The <c>request-id</c>: the response header, else the body's innerError.</summary>
    public static string? RequestId(HttpResponseMessage response, GraphError? error) =>
        response.Headers.NonValidated.TryGetValues("request-id", out var values) && values.FirstOrDefault() is { Length: > 0 } id
            ? id
            : error?.InnerError?.RequestId;
}
