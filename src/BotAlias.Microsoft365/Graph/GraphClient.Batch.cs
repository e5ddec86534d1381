using BotAlias.Core.Directory;
using BotAlias.Microsoft365.Graph.Wire;
using BotAlias.Microsoft365.Http;
using Microsoft.Extensions.Logging;

namespace BotAlias.Microsoft365.Graph;

public sealed partial class GraphClient
{
    /// <summary>
    /// Sends the requests as one <c>POST /v1.0/$batch</c> (https://learn.microsoft.com/graph/json-batching). Each
    /// sub-response has its own status: a throttled or unavailable one (429, 503, 502, 504) is sent again after its
    /// own Retry-After, alone with the others that failed so, never with those that succeeded; within the same
    /// attempts and time budget as the HTTP retry handler.
    /// </summary>
    /// <returns>The final sub-response for each request id, successes and non-transient errors alike.</returns>
    private async Task<Dictionary<string, BatchResponseItem>> BatchAsync(
        IReadOnlyList<(BatchRequestItem Request, GraphOperation Operation)> requests,
        string subject,
        CancellationToken cancellationToken)
    {
        if (requests.Count is 0 or > BatchRequest.MaxRequests)
        {
            throw new ArgumentOutOfRangeException(nameof(requests), requests.Count, $"A Graph batch holds 1 to {BatchRequest.MaxRequests} requests.");
        }

        var results = new Dictionary<string, BatchResponseItem>(StringComparer.Ordinal);
        var pending = requests.ToList();
        var started = _time.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            var batch = new BatchRequest { Requests = pending.Select(p => p.Request).ToList() };
            BatchResponse answer;
            using (var response = await SendAsync(HttpMethod.Post, Url("$batch"), Body(batch, GraphJsonContext.Default.BatchRequest), pending[0].Operation, subject, false, cancellationToken).ConfigureAwait(false))
            {
                answer = await ReadAsync(response!, GraphJsonContext.Default.BatchResponse, cancellationToken).ConfigureAwait(false);
            }

            var retry = new List<(BatchRequestItem Request, GraphOperation Operation)>();
            TimeSpan wait = TimeSpan.Zero;
            string? lastFailure = null;
            foreach (var item in pending)
            {
                var sub = answer.Responses.FirstOrDefault(r => r.Id == item.Request.Id)
                    ?? throw new GraphServiceException($"Microsoft Graph's batch answer has no response for request {item.Request.Id}.");
                if (!RetryDelays.IsTransient(sub.Status))
                {
                    results[sub.Id] = sub;
                    continue;
                }

                var retryAfter = RetryAfterHeader.Parse(Header(sub, RetryAfterHeader.Name), _time.GetUtcNow());
                var delay = retryAfter ?? RetryDelays.Backoff(_retry, attempt);
                wait = delay > wait ? delay : wait;
                lastFailure = $"{sub.Status} {sub.Body?.Error?.Code ?? "without code"}, request-id {Header(sub, "request-id") ?? sub.Body?.Error?.InnerError?.RequestId ?? "none"}";
                _logger.LogInformation(
                    "Microsoft Graph batch sub-request {Id} ({Url}) failed ({Failure}); waiting {DelayMs} ms{Source}",
                    sub.Id,
                    PathOnly(item.Request.Url),
                    lastFailure,
                    (long)delay.TotalMilliseconds,
                    retryAfter is null ? " (back-off)" : " (Retry-After)");
                retry.Add(item);
            }

            if (retry.Count == 0)
            {
                return results;
            }

            var elapsed = _time.GetElapsedTime(started);
            if (attempt + 1 >= _retry.MaxAttempts || elapsed + wait >= _retry.TotalBudget)
            {
                _logger.LogWarning("Microsoft Graph batch for {Subject}: giving up on {Count} throttled sub-request(s) ({Failure})", subject, retry.Count, lastFailure);
                throw new DirectoryUnavailableException(
                    $"Microsoft Graph kept refusing part of the batch for {subject} ({lastFailure}) after {attempt + 1} attempt(s) in {elapsed.TotalSeconds:0.###} s.");
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            pending = retry;
        }
    }

    /// <summary>Throws the domain error a non-success sub-response stands for.</summary>
    private void ThrowIfFailed(BatchResponseItem sub, BatchRequestItem request, GraphOperation operation, string subject)
    {
        if (sub.Status is >= 200 and < 300)
        {
            return;
        }

        var requestId = Header(sub, "request-id") ?? sub.Body?.Error?.InnerError?.RequestId;
        LogRefusal(sub.Status, sub.Body?.Error?.Code, requestId, request.Method, PathOnly(request.Url));
        throw GraphErrorMapper.ToException(operation, sub.Status, sub.Body?.Error, requestId, subject);
    }

    private static string? Header(BatchResponseItem sub, string name) =>
        sub.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string PathOnly(string url) => url.Split('?', 2)[0];
}
