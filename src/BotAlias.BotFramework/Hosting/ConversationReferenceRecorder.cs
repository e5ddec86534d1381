using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;
using BotAlias.BotFramework.Turns;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Hosting;

/// <summary>
/// Keeps the latest reference of every conversation the bot hears from, so it can message people later.
/// A reference already stored unchanged is not written again, to keep the store off the hot path.
/// </summary>
public sealed class ConversationReferenceRecorder : IDisposable
{
    private readonly IConversationReferenceStore _store;
    private readonly TimeProvider _clock;

    // Bounded, because every person in the organisation may open a chat with the bot: an unbounded map
    // grows by the organisation's size. When full, a new entry is refused and the least recently used
    // are compacted away in the background.
    private readonly MemoryCache _stored;

    public ConversationReferenceRecorder(IConversationReferenceStore store, TimeProvider clock, IOptions<ConversationReferenceCacheOptions> options)
    {
        _store = store;
        _clock = clock;
        _stored = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.Size });
    }

    /// <summary>Conversations remembered now; never more than the configured size.</summary>
    internal int RememberedCount => _stored.Count;

    /// <returns>True when this is the first activity seen from this conversation since the store was created.</returns>
    public async Task<bool> RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        // The common case, a conversation already recorded at this address, is told from the activity itself,
        // without building a reference on every turn.
        if (activity.Conversation?.Id is { Length: > 0 } conversationId
            && _stored.TryGetValue(conversationId, out ConversationReference? known) && known is not null
            && StillReaches(known, activity))
        {
            return false;
        }

        var reference = ConversationReferences.FromActivity(activity, _clock.GetUtcNow());
        if (reference is null)
        {
            return false;
        }

        var existing = await _store.FindByConversationAsync(reference.ConversationId, cancellationToken);

        // After a restart or an eviction the store usually holds this very reference already: a write would change nothing.
        if (existing is null || existing with { UpdatedAt = reference.UpdatedAt } != reference)
        {
            await _store.SaveAsync(reference, cancellationToken);
        }

        _stored.Set(reference.ConversationId, reference, new MemoryCacheEntryOptions { Size = 1 });
        return existing is null;
    }

    public void Dispose() => _stored.Dispose();

    /// <summary>Whether a message sent with the known reference still reaches the same person through the same bot.</summary>
    private static bool StillReaches(ConversationReference known, Activity activity) =>
        string.Equals(known.ServiceUrl, activity.ServiceUrl, StringComparison.Ordinal)
        && string.Equals(known.UserId, activity.From?.Id, StringComparison.Ordinal)
        && string.Equals(known.UserAadObjectId, activity.From?.AadObjectId, StringComparison.Ordinal)
        && string.Equals(known.BotId, activity.Recipient?.Id, StringComparison.Ordinal)
        && string.Equals(known.TenantId, activity.GetTenantId(), StringComparison.Ordinal);
}
