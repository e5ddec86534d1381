using BotAlias.Core.Addresses;
using BotAlias.Core.Audit;
using BotAlias.Core.Outbox;

namespace BotAlias.Core.Requests;

/// <summary>
/// Requests, with the reservation of their address. Each write is one transaction with its audit
/// entry and the work it queues, so nothing is half-applied.
/// </summary>
public interface IAliasRequestStore
{
    /// <summary>
    /// Stores a new request and reserves its address atomically: of two requests racing for one address,
    /// exactly one is created. A request whose <see cref="AliasRequest.SourceActivityKey"/> was seen before is
    /// not created again. The audit entry and the queued work are written in the same transaction.
    /// </summary>
    Task<CreateRequestResult> CreateAsync(AliasRequest request, AuditEntry audit, OutboxMessage? enqueue = null, CancellationToken cancellationToken = default);

    Task<AliasRequest?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The request an activity created, to answer a redelivered activity the same way.</summary>
    Task<AliasRequest?> FindBySourceActivityAsync(string sourceActivityKey, CancellationToken cancellationToken = default);

    Task<AliasRequest?> FindOpenByAddressAsync(EmailAddress address, CancellationToken cancellationToken = default);

    /// <summary>Requests waiting for a decision, oldest first.</summary>
    Task<IReadOnlyList<AliasRequest>> ListPendingAsync(int limit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AliasRequest>> ListByRequesterAsync(string requesterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the request when the stored version is <paramref name="expectedVersion"/>, appending the audit
    /// entry and enqueueing the message in the same transaction. False when someone else changed it first.
    /// </summary>
    Task<bool> UpdateAsync(AliasRequest updated, long expectedVersion, AuditEntry? audit, OutboxMessage? enqueue, CancellationToken cancellationToken = default);
}
