namespace BotAlias.Microsoft365.FakeServer.Hosting;

/// <summary>
/// A scripted failure. It applies to requests whose service matches and whose operation (Graph path such
/// as <c>/v1.0/users/{id}</c>, or cmdlet name such as <c>Set-Mailbox</c>) contains <see cref="OperationContains"/>;
/// it fires <see cref="Times"/> times, then the fake answers normally.
/// </summary>
public sealed class InjectedFault
{
    public required FakeService Service { get; init; }

    /// <summary>Null or empty matches every request of the service.</summary>
    public string? OperationContains { get; init; }

    /// <summary>Only requests with this HTTP method (null: any).</summary>
    public string? Method { get; init; }

    public required int StatusCode { get; init; }

    /// <summary>The Retry-After header value, verbatim (e.g. "2.128"), or null for none.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>The response body; null gives Microsoft's error shape with <see cref="ErrorCode"/>.</summary>
    public string? Body { get; init; }

    public string ErrorCode { get; init; } = "ServiceUnavailable";

    /// <summary>Hold the request this long before answering, to make the client time out.</summary>
    public TimeSpan Delay { get; init; }

    public FaultTiming Timing { get; init; } = FaultTiming.BeforeHandling;

    public int Times { get; init; } = 1;

    internal int Remaining;
}
