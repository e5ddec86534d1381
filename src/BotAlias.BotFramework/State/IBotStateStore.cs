namespace BotAlias.BotFramework.State;

/// <summary>
/// Small JSON documents keyed by name (per user, per conversation) with optimistic concurrency.
/// </summary>
public interface IBotStateStore
{
    Task<StateEntry?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the value when the stored version equals <paramref name="expectedVersion"/>
    /// (null: the key must not exist yet). Returns the new entry, or null when another writer won.
    /// </summary>
    Task<StateEntry?> WriteAsync(string key, string json, long? expectedVersion, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);
}
