namespace BotAlias.Core.Bulk;

/// <summary>
/// Applies a batch of address changes, each on its own: one failing does not stop the others. Implementations
/// keep within the service's throttling limits (the demo tenant commits a batch at once; Microsoft 365 paces
/// Exchange calls and honours Retry-After).
/// </summary>
public interface IBulkAddressWriter
{
    /// <returns>One outcome per write, in the same order.</returns>
    Task<IReadOnlyList<BulkWriteOutcome>> ApplyAsync(IReadOnlyList<BulkWrite> writes, CancellationToken cancellationToken = default);
}
