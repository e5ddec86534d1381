using BotAlias.Core.Audit;
using BotAlias.Core.Outbox;

namespace BotAlias.Core.Offboarding;

/// <summary>
/// Offboarding requests with their plan state. Each write is one transaction with its audit entry and the
/// work it queues, so a crash never leaves a step done without its record, or a record without its job.
/// </summary>
public interface IOffboardingRequestStore : IOpenOffboardingRequests
{
    /// <summary>
    /// Stores a new request. A request whose <see cref="OffboardingRequest.SourceActivityKey"/> was seen before is
    /// not created again: the stored one is returned with <c>Created</c> false, so a redelivered submit gets the same answer.
    /// </summary>
    Task<(OffboardingRequest Request, bool Created)> CreateAsync(
        OffboardingRequest request, AuditEntry audit, IReadOnlyList<OutboxMessage> enqueue, CancellationToken cancellationToken = default);

    Task<OffboardingRequest?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Requests waiting for a decision, oldest first.</summary>
    Task<IReadOnlyList<OffboardingRequest>> ListPendingAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Requests the user filed, newest first.</summary>
    Task<IReadOnlyList<OffboardingRequest>> ListByRequesterAsync(string requesterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Completed offboardings of the leaver, newest first, so an admin can find the one to undo.</summary>
    Task<IReadOnlyList<OffboardingRequest>> ListCompletedForLeaverAsync(string leaverId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the request when the stored version is <paramref name="expectedVersion"/>, appending the audit
    /// entries and enqueueing the messages in the same transaction. False when someone else changed it first.
    /// </summary>
    Task<bool> UpdateAsync(
        OffboardingRequest updated,
        long expectedVersion,
        IReadOnlyList<AuditEntry> audit,
        IReadOnlyList<OutboxMessage> enqueue,
        CancellationToken cancellationToken = default);
}
