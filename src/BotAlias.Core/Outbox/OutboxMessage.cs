namespace BotAlias.Core.Outbox;

/// <summary>
/// Durable work to do outside the HTTP request (provisioning, notifications). The idempotency key
/// makes enqueueing the same work twice a no-op.
/// </summary>
public sealed record OutboxMessage
{
    public required string Kind { get; init; }

    /// <summary>JSON the handler of <see cref="Kind"/> understands.</summary>
    public required string Payload { get; init; }

    public required string IdempotencyKey { get; init; }

    public DateTimeOffset NotBefore { get; init; }

    /// <summary>
    /// Messages of one lane (for example a request's id) are never run at the same time, and run in due order;
    /// null makes the message a lane of its own. A message retried later lets the lane's next message go first.
    /// </summary>
    public string? Lane { get; init; }
}
