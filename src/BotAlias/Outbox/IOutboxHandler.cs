using BotAlias.Core.Outbox;

namespace BotAlias.Outbox;

/// <summary>Does one kind of queued work. It may run more than once for one message, so it must be idempotent.</summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task HandleAsync(OutboxLease lease, CancellationToken cancellationToken);

    /// <summary>Called once when the message is given up on, to leave the world in a clear state.</summary>
    Task GiveUpAsync(OutboxLease lease, string reason, CancellationToken cancellationToken);
}
