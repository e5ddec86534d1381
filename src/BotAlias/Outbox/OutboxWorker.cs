using BotAlias.Core.Outbox;
using BotAlias.Hosting;
using Microsoft.Extensions.Options;

namespace BotAlias.Outbox;

/// <summary>
/// Runs queued work in the background, outside any HTTP request. A message is done only when its
/// handler returns; a crash leaves it leased until the lease expires, and then it runs again, so
/// handlers are idempotent. Failures are retried with backoff, then given up on explicitly.
/// </summary>
public sealed class OutboxWorker(
    IOutbox outbox,
    IEnumerable<IOutboxHandler> handlers,
    OutboxSignal signal,
    IOptions<OutboxWorkerOptions> options,
    TimeProvider clock,
    BotAliasMetrics metrics,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, IOutboxHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogWarning("The outbox worker is disabled (Outbox:Enabled=false): queued work waits for an instance that runs it");
            return Task.CompletedTask;
        }

        return Task.WhenAll(Enumerable.Range(0, options.Value.Concurrency).Select(_ => RunLoopAsync(stoppingToken)));
    }

    private async Task RunLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunOnceAsync(stoppingToken))
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The outbox worker could not read its queue; trying again shortly");
                try
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    /// <returns>True when a message was processed (there may be more).</returns>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lease = await outbox.LeaseNextAsync(settings.LeaseDuration, cancellationToken);
        if (lease is null)
        {
            return false;
        }

        // There may be more: wake a sibling loop, so a backlog is worked on by all of them.
        signal.Notify();

        if (!_handlers.TryGetValue(lease.Kind, out var handler))
        {
            logger.LogError("No handler for outbox message {Id} of kind {Kind}", lease.Id, lease.Kind);
            await outbox.DeadLetterAsync(lease, $"no handler for {lease.Kind}", cancellationToken);
            metrics.OutboxDeadLettered(BotAliasMetrics.UnknownKind);
            return true;
        }

        try
        {
            await handler.HandleAsync(lease, cancellationToken);
            await outbox.CompleteAsync(lease, cancellationToken);
            metrics.OutboxProcessed(handler.Kind);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await FailAsync(handler, lease, ex, cancellationToken);
        }

        return true;
    }

    private async Task FailAsync(IOutboxHandler handler, OutboxLease lease, Exception exception, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var reason = exception.GetType().Name + ": " + exception.Message;
        if (lease.Attempts >= settings.MaxAttempts)
        {
            logger.LogError(exception, "Giving up on outbox message {Id} ({Kind}) after {Attempts} attempts", lease.Id, lease.Kind, lease.Attempts);
            await handler.GiveUpAsync(lease, reason, cancellationToken);
            await outbox.DeadLetterAsync(lease, reason, cancellationToken);
            metrics.OutboxDeadLettered(handler.Kind);
            return;
        }

        var delay = TimeSpan.FromTicks(Math.Min(settings.MaxRetryDelay.Ticks, settings.FirstRetryDelay.Ticks * (1L << Math.Min(lease.Attempts - 1, 20))));
        logger.LogWarning(exception, "Outbox message {Id} ({Kind}) failed on attempt {Attempts}; retrying in {Delay}", lease.Id, lease.Kind, lease.Attempts, delay);
        await outbox.RetryLaterAsync(lease, clock.GetUtcNow() + delay, reason, cancellationToken);
        metrics.OutboxFailed(handler.Kind);
    }
}
