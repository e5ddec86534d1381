using BotAlias.Core.Directory;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace BotAlias.Microsoft365.Http;

/// <summary>
/// Retries what Microsoft asks clients to retry, within one time budget per call. 429 and 503 wait for their
/// <c>Retry-After</c> (fractional seconds or an HTTP-date); without one, and for 502, 504, connection failures
/// and attempt timeouts, it backs off exponentially with jitter
/// (https://learn.microsoft.com/graph/throttling#best-practices-to-handle-throttling). When the next wait would
/// cross the budget it stops at once and throws <see cref="DirectoryUnavailableException"/>: a caller never waits
/// longer than the budget, and never for a Retry-After it cannot afford.
/// Logs the error code, request-id and decision; never headers, so never the token.
/// </summary>
/// <remarks>
/// Compose it inside the token handler so each attempt gets a current token:
/// <c>new BearerTokenHandler(credential, scope) { InnerHandler = new Microsoft365RetryHandler(...) { InnerHandler = primary } }</c>.
/// Attempt timeouts run on the real clock (they guard a real socket); waits and the budget use the
/// <see cref="TimeProvider"/>, so tests can skip the waits.
/// </remarks>
public sealed class Microsoft365RetryHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<TimeSpan> NextDelayKey = new("BotAlias.NextDelay");
    private static readonly ResiliencePropertyKey<string> GiveUpReasonKey = new("BotAlias.GiveUpReason");
    private static readonly ResiliencePropertyKey<CallState> CallStateKey = new("BotAlias.CallState");

    private readonly Microsoft365RetryOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly string _serviceName;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <param name="serviceName">How logs and errors name the service ("Microsoft Graph", "Exchange Online").</param>
    public Microsoft365RetryHandler(Microsoft365RetryOptions options, ILogger logger, TimeProvider? timeProvider = null, string serviceName = "Microsoft 365")
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _options = options;
        _logger = logger;
        _time = timeProvider ?? TimeProvider.System;
        _serviceName = serviceName;
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                // The predicate decides (attempts and budget both); Polly's count is only an outer bound.
                MaxRetryAttempts = Math.Max(1, options.MaxAttempts - 1),
                ShouldHandle = args => DecideAsync(args.Outcome, args.Context, args.AttemptNumber),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Context.Properties.TryGetValue(NextDelayKey, out var delay) ? delay : TimeSpan.Zero),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            // Every attempt sends the same body.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        var state = new CallState(request, _time.GetTimestamp());
        context.Properties.Set(CallStateKey, state);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, self) => await self.AttemptAsync(ctx).ConfigureAwait(false),
                context,
                this).ConfigureAwait(false);

            if (outcome.Exception is { } exception)
            {
                if (IsTransient(exception, cancellationToken))
                {
                    throw Unavailable(state, context, exception);
                }

                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
            }

            var response = outcome.Result!;
            if (RetryDelays.IsTransient((int)response.StatusCode))
            {
                response.Dispose();
                throw Unavailable(state, context, null);
            }

            return response;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(ResilienceContext context)
    {
        var state = context.Properties.GetValue(CallStateKey, null!);
        state.Attempts++;
        var remaining = _options.TotalBudget - _time.GetElapsedTime(state.Started);
        var limit = remaining < _options.AttemptTimeout ? remaining : _options.AttemptTimeout;
        if (limit <= TimeSpan.Zero)
        {
            return Outcome.FromException<HttpResponseMessage>(new TimeoutException("The retry budget was spent before this attempt."));
        }

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        attempt.CancelAfter(limit);
        try
        {
            var response = await base.SendAsync(state.Request, attempt.Token).ConfigureAwait(false);
            return Outcome.FromResult(response);
        }
        catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
            return Outcome.FromException<HttpResponseMessage>(new TimeoutException($"No answer within {limit.TotalMilliseconds:0} ms."));
        }
        catch (HttpRequestException e)
        {
            return Outcome.FromException<HttpResponseMessage>(e);
        }
    }

    private async ValueTask<bool> DecideAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int attemptNumber)
    {
        var state = context.Properties.GetValue(CallStateKey, null!);
        var request = state.Request;
        string failure;
        TimeSpan? retryAfter = null;
        if (outcome.Exception is { } exception)
        {
            if (!IsTransient(exception, context.CancellationToken))
            {
                return false;
            }

            failure = exception.GetType().Name;
            state.LastRetryAfter = null;
            state.LastFailure = $"{failure}: {exception.Message}";
        }
        else
        {
            var response = outcome.Result!;
            var status = (int)response.StatusCode;
            if (!RetryDelays.IsTransient(status))
            {
                return false;
            }

            var error = await GraphErrorReader.ReadAsync(response, context.CancellationToken).ConfigureAwait(false);
            var requestId = GraphErrorReader.RequestId(response, error);
            retryAfter = RetryAfterHeader.Read(response, _time.GetUtcNow());
            state.LastRetryAfter = retryAfter;
            failure = $"{status} {error?.Code ?? "without code"}, request-id {requestId ?? "none"}";
            state.LastFailure = failure;
        }

        var delay = retryAfter ?? RetryDelays.Backoff(_options, attemptNumber);
        var elapsed = _time.GetElapsedTime(state.Started);
        string? giveUp = null;
        if (attemptNumber + 1 >= _options.MaxAttempts)
        {
            giveUp = $"all {_options.MaxAttempts} attempts used";
        }
        else if (elapsed + delay >= _options.TotalBudget)
        {
            giveUp = $"waiting {delay.TotalSeconds:0.###} s{(retryAfter is null ? string.Empty : " (Retry-After)")} would exceed the {_options.TotalBudget.TotalSeconds:0.###} s budget";
        }

        if (giveUp is not null)
        {
            context.Properties.Set(GiveUpReasonKey, giveUp);
            _logger.LogWarning(
                "{Service} {Method} {Path} failed ({Failure}); giving up: {Reason}",
                _serviceName, request.Method.Method, request.RequestUri?.AbsolutePath, failure, giveUp);
            return false;
        }

        context.Properties.Set(NextDelayKey, delay);
        _logger.LogInformation(
            "{Service} {Method} {Path} failed ({Failure}); retry {Attempt} of {MaxAttempts} in {DelayMs} ms{Source}",
            _serviceName,
            request.Method.Method,
            request.RequestUri?.AbsolutePath,
            failure,
            attemptNumber + 2,
            _options.MaxAttempts,
            (long)delay.TotalMilliseconds,
            retryAfter is null ? " (back-off)" : " (Retry-After)");
        return true;
    }

    private DirectoryUnavailableException Unavailable(CallState state, ResilienceContext context, Exception? inner)
    {
        var reason = context.Properties.TryGetValue(GiveUpReasonKey, out var r) ? r : "the failure repeated";
        var message = $"{_serviceName} did not answer {state.Request.Method.Method} {state.Request.RequestUri?.AbsolutePath} after {state.Attempts} attempt(s) in {_time.GetElapsedTime(state.Started).TotalSeconds:0.###} s ({state.LastFailure}; {reason}). A write may or may not have taken effect; it is safe to run again.";
        // The last Retry-After goes with the error, so a caller pacing many calls (a bulk run) can wait as asked.
        return inner is null
            ? new DirectoryUnavailableException(message) { RetryAfter = state.LastRetryAfter }
            : new DirectoryUnavailableException(message, inner) { RetryAfter = state.LastRetryAfter };
    }

    private static bool IsTransient(Exception exception, CancellationToken callerToken) =>
        exception is HttpRequestException or TimeoutException
        || (exception is OperationCanceledException && !callerToken.IsCancellationRequested);

    private sealed class CallState(HttpRequestMessage request, long started)
    {
        public HttpRequestMessage Request { get; } = request;

        public long Started { get; } = started;

        public int Attempts { get; set; }

        public string LastFailure { get; set; } = "no answer";

        public TimeSpan? LastRetryAfter { get; set; }
    }
}
