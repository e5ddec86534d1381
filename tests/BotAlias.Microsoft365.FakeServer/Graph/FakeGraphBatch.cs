using System.Text.Json;
using System.Text.Json.Nodes;
using BotAlias.Microsoft365.FakeServer.Hosting;
using BotAlias.Microsoft365.FakeServer.Tokens;

namespace BotAlias.Microsoft365.FakeServer.Graph;

/// <summary>
/// <c>POST /v1.0/$batch</c> as https://learn.microsoft.com/graph/json-batching describes it: up to 20 requests with
/// <c>id</c>, <c>method</c>, <c>url</c> (relative to the version), optional <c>headers</c> and <c>body</c> (which
/// needs a Content-Type header); the answer is 200 with one response per request, each with its own status,
/// headers and body. Each sub-request may meet its own scripted fault, so one can be throttled (429 with its own
/// Retry-After) while the others succeed.
/// </summary>
public sealed class FakeGraphBatch(FakeMicrosoft365Server server, FakeGraphRouter router)
{
    public const int MaxRequests = 20;

    public async Task<FakeGraphResponse> HandleAsync(string body, FakeAccessToken caller, string baseUrl, CancellationToken cancellationToken)
    {
        JsonArray requests;
        try
        {
            requests = JsonNode.Parse(body)?["requests"] as JsonArray
                ?? throw new FakeGraphException(400, "BadRequest", "Invalid batch payload format: 'requests' is required.");
        }
        catch (JsonException)
        {
            return FakeGraphResponse.Error(400, "BadRequest", "Invalid batch payload format.");
        }
        catch (FakeGraphException e)
        {
            return FakeGraphResponse.Error(e.Status, e.Code, e.Message);
        }

        if (requests.Count is 0 or > MaxRequests)
        {
            return FakeGraphResponse.Error(400, "BadRequest", $"The number of requests in the batch must be between 1 and {MaxRequests}; it was {requests.Count}.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var responses = new JsonArray();
        foreach (var entry in requests)
        {
            var (id, response) = await HandleOneAsync(entry as JsonObject, ids, caller, baseUrl, cancellationToken);
            var headers = new JsonObject();
            foreach (var (name, value) in response.Headers)
            {
                headers[name] = value;
            }

            responses.Add(new JsonObject
            {
                ["id"] = id,
                ["status"] = response.Status,
                ["headers"] = headers,
                ["body"] = response.Body,
            });
        }

        return FakeGraphResponse.Json(200, new JsonObject { ["responses"] = responses });
    }

    private async Task<(string Id, FakeGraphResponse Response)> HandleOneAsync(JsonObject? entry, HashSet<string> ids, FakeAccessToken caller, string baseUrl, CancellationToken cancellationToken)
    {
        var id = entry?["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var s) ? s : string.Empty;
        if (entry is null || id.Length == 0 || !ids.Add(id))
        {
            return (id, FakeGraphResponse.Error(400, "BadRequest", "Each batch request needs a unique 'id'."));
        }

        if (entry.ContainsKey("dependsOn"))
        {
            return (id, FakeGraphResponse.Error(400, "BadRequest", "The fake does not implement dependsOn."));
        }

        var method = entry["method"] is JsonValue m && m.TryGetValue<string>(out var methodText) ? methodText.ToUpperInvariant() : string.Empty;
        var url = entry["url"] is JsonValue u && u.TryGetValue<string>(out var urlText) ? urlText : string.Empty;
        if (method.Length == 0 || url.Length == 0 || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("/v1.0", StringComparison.OrdinalIgnoreCase))
        {
            return (id, FakeGraphResponse.Error(400, "BadRequest", "Each batch request needs a 'method' and a 'url' relative to the version, such as /users."));
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in entry["headers"] as JsonObject ?? [])
        {
            headers[name] = value?.ToString() ?? string.Empty;
        }

        var requestBody = entry["body"]?.ToJsonString() ?? string.Empty;
        if (requestBody.Length > 0 && !headers.ContainsKey("Content-Type"))
        {
            return (id, FakeGraphResponse.Error(400, "BadRequest", "A batch request with a body needs a Content-Type header."));
        }

        var question = url.IndexOf('?', StringComparison.Ordinal);
        var rawPath = (question < 0 ? url : url[..question]).TrimStart('/');
        var rawQuery = question < 0 ? string.Empty : url[(question + 1)..];
        var request = new FakeGraphRequest(method, rawPath, rawQuery, headers, requestBody, caller, baseUrl);

        var fault = server.Faults.Take(FakeService.Graph, method, "/v1.0/" + Uri.UnescapeDataString(rawPath));
        if (fault is not null && fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, cancellationToken);
        }

        if (fault is { Timing: FaultTiming.BeforeHandling })
        {
            return (id, FromFault(fault));
        }

        FakeGraphResponse response;
        try
        {
            response = router.Handle(request);
        }
        catch (FakeGraphException e)
        {
            response = FakeGraphResponse.Error(e.Status, e.Code, e.Message);
        }

        return (id, fault is null ? response : FromFault(fault));
    }

    private static FakeGraphResponse FromFault(InjectedFault fault)
    {
        if (fault.Body is null)
        {
            return FakeGraphResponse.Error(fault.StatusCode, fault.ErrorCode, $"Injected fault {fault.StatusCode} {fault.ErrorCode}.", fault.RetryAfter);
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        if (fault.RetryAfter is not null)
        {
            headers["Retry-After"] = fault.RetryAfter;
        }

        return new FakeGraphResponse(fault.StatusCode, JsonNode.Parse(fault.Body), headers);
    }
}
