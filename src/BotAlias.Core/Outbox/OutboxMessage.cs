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
}
