using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace BotAlias.IntegrationTests.Infrastructure;

/// <summary>
/// Stands in for the Bot Connector service: records every call the bot makes and answers as the
/// connector documents (<c>{"id": ...}</c>), or with a scripted status for the next calls.
/// </summary>
public sealed class FakeConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<HttpResponseMessage> _scripted = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextId;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    public void EnqueueResponse(HttpResponseMessage response) => _scripted.Enqueue(response);

    /// <summary>Waits until at least <paramref name="count"/> calls have arrived.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (_calls.Count < count)
        {
            await _arrived.WaitAsync(cts.Token);
        }

        return Calls;
    }

    /// <summary>Waits for a call that matches, however many others arrive first.</summary>
    public async Task<ConnectorCall> WaitForCallAsync(Func<ConnectorCall, bool> match, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = _calls.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The bot never sent {what}. It sent: {string.Join(" | ", _calls.Select(c => $"{c.Method} {c.Url.AbsolutePath} {c.Text} {c.CardText.Replace('\n', ' ')}"))}");
            }

            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var scripted = _scripted.TryDequeue(out var next) ? next : null;
        var id = scripted is null ? $"sent-{Interlocked.Increment(ref _nextId)}" : null;
        _calls.Enqueue(new ConnectorCall(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            body is null ? null : JsonDocument.Parse(body).RootElement.Clone())
        { AnsweredId = id });
        _arrived.Release();

        return scripted ?? new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($"{{\"id\":\"{id}\"}}", Encoding.UTF8, "application/json"),
        };
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _arrived.Dispose();
        }

        base.Dispose(disposing);
    }
}
