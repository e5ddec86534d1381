using System.Net;
using System.Text;

namespace BotAlias.BotFramework.Tests.Connector;

/// <summary>Answers connector calls from a script, recording what was sent.</summary>
internal sealed class ScriptedHandler(params Func<HttpResponseMessage>[] script) : HttpMessageHandler
{
    private int _index;

    public List<(HttpMethod Method, Uri Url, string? Authorization, string? Body)> Requests { get; } = [];

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add((request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(),
            request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken)));
        var step = _index < script.Length ? script[_index] : script[^1];
        _index++;
        return step();
    }
}
