namespace BotAlias.Core.Outbox;

/// <summary>A message handed to one worker until <see cref="LockedUntil"/>; after that another worker may take it.</summary>
public sealed record OutboxLease(long Id, string Kind, string Payload, string IdempotencyKey, int Attempts, string LeaseToken, DateTimeOffset LockedUntil);
