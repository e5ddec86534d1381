using System.Net;
using BotAlias.BotFramework.Diagnostics;
using Polly;
using Polly.Retry;

namespace BotAlias.BotFramework.Connector;

/// <summary>
/// Retries what the connector documents as transient (429, 412, 502, 504) with exponential backoff
/// and jitter, waiting for Retry-After when the connector gives one.
/// </summary>
public static class ConnectorRetryPipeline
{
    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.GatewayTimeout,
    ];

    public static bool IsTransient(HttpStatusCode status) => Transient.Contains(status);

    /// <param name="metrics">Counts each retry by what the failed attempt got; null counts nothing.</param>
    public static ResiliencePipeline<HttpResponseMessage> Create(ConnectorRetryOptions options, TimeProvider clock, BotFrameworkMetrics? metrics = null) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock, options.MaxDelay)),
                OnRetry = args =>
                {
                    metrics?.ConnectorRetry(args.Outcome.Result is { } failed ? (int)failed.StatusCode : null, args.Outcome.Exception);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    /// <summary>The server's Retry-After, or null to let the backoff decide.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider clock, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;
    }
}
