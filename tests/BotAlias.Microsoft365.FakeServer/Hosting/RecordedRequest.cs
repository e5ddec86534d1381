namespace BotAlias.Microsoft365.FakeServer.Hosting;

/// <summary>
/// A request as the fake received it, so tests can assert what the client sent (headers, property names,
/// the hashtable form), not only what came back. <see cref="Operation"/> is the Graph path or the cmdlet name.
/// </summary>
public sealed record RecordedRequest(
    FakeService Service,
    string Method,
    string PathAndQuery,
    string Operation,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int StatusCode);
