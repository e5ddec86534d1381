using System.Collections.Concurrent;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.State;
using BotAlias.BotFramework.Turns;

namespace BotAlias.BotFramework.Hosting;

/// <summary>
/// Keeps the latest reference of every conversation the bot hears from, so it can message people later.
/// A reference already stored unchanged is not written again, to keep the store off the hot path.
/// </summary>
public sealed class ConversationReferenceRecorder(IConversationReferenceStore store, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, ConversationReference> _stored = new(StringComparer.Ordinal);

    /// <returns>True when this is the first activity seen from this conversation since the store was created.</returns>
    public async Task<bool> RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = ConversationReferences.FromActivity(activity, clock.GetUtcNow());
        if (reference is null)
        {
            return false;
        }

        if (_stored.TryGetValue(reference.ConversationId, out var known) && SameAddress(known, reference))
        {
            return false;
        }

        var existing = await store.FindByConversationAsync(reference.ConversationId, cancellationToken);

        // After a restart the store usually holds this very reference already: a write would change nothing.
        if (existing is null || existing with { UpdatedAt = reference.UpdatedAt } != reference)
        {
            await store.SaveAsync(reference, cancellationToken);
        }

        _stored[reference.ConversationId] = reference;
        return existing is null;
    }

    /// <summary>Whether a message sent with the known reference still reaches the same person through the same bot.</summary>
    private static bool SameAddress(ConversationReference known, ConversationReference current) =>
        string.Equals(known.ServiceUrl, current.ServiceUrl, StringComparison.Ordinal)
        && string.Equals(known.UserId, current.UserId, StringComparison.Ordinal)
        && string.Equals(known.UserAadObjectId, current.UserAadObjectId, StringComparison.Ordinal)
        && string.Equals(known.TenantId, current.TenantId, StringComparison.Ordinal)
        && string.Equals(known.BotId, current.BotId, StringComparison.Ordinal);
}
