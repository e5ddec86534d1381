namespace BotAlias.Core.Outbox;

public interface IOutbox
{
    /// <returns>False when a message with the same idempotency key already exists.</returns>
    Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>The oldest due message not leased by anyone (or whose lease expired), leased to the caller.</summary>
    Task<OutboxLease?> LeaseNextAsync(TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    Task CompleteAsync(OutboxLease lease, CancellationToken cancellationToken = default);

    Task RetryLaterAsync(OutboxLease lease, DateTimeOffset notBefore, string failure, CancellationToken cancellationToken = default);

    /// <summary>Gives up on the message; it stays for inspection and is never leased again.</summary>
    Task DeadLetterAsync(OutboxLease lease, string failure, CancellationToken cancellationToken = default);

    Task<int> CountPendingAsync(CancellationToken cancellationToken = default);
}
