using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Connector;

/// <summary>
/// Holds each call into a conversation until it fits the per-conversation rate Teams documents for bots, so a
/// burst (a bulk run's progress, a queue of approval cards for one manager) waits here instead of collecting 429s
/// and their backoff. Teams stays the authority: a call that cannot wait here goes out and is retried on 429.
/// </summary>
public sealed class ConversationPacer : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationPacer(IOptions<ConnectorPacingOptions> options)
    {
        var pacing = options.Value;
        // A sliding window in tenths of a second: no more than the limit in any second, without a fixed-window
        // edge letting twice the limit through across it. The partitioned limiter replenishes the windows itself
        // and drops a conversation's window once it has been idle for a while.
        var window = new SlidingWindowRateLimiterOptions
        {
            PermitLimit = pacing.PerConversationPerSecond,
            Window = TimeSpan.FromSeconds(1),
            SegmentsPerWindow = 10,
            QueueLimit = pacing.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = false,
        };

        // The partitioner runs on every call; one factory made here spares each call the closures that
        // RateLimitPartition.GetSlidingWindowLimiter would allocate.
        Func<string, RateLimiter> createWindow = _ => new SlidingWindowRateLimiter(window);
        _limiter = PartitionedRateLimiter.Create<string, string>(
            conversation => new RateLimitPartition<string>(conversation, createWindow),
            StringComparer.Ordinal);
    }

    /// <summary>Waits for this conversation's next slot.</summary>
    public async ValueTask WaitAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(conversationId, 1, cancellationToken);
    }

    public void Dispose() => _limiter.Dispose();
}
