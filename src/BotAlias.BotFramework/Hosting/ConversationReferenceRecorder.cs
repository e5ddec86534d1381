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
    private readonly ConcurrentDictionary<string, string> _stored = new(StringComparer.Ordinal);

    /// <returns>True when this is the first activity seen from this conversation since the store was created.</returns>
    public async Task<bool> RecordAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reference = ConversationReferences.FromActivity(activity, clock.GetUtcNow());
        if (reference is null)
        {
            return false;
        }

        var fingerprint = string.Join('|', reference.ServiceUrl, reference.UserId, reference.UserAadObjectId, reference.TenantId, reference.BotId);
        if (_stored.TryGetValue(reference.ConversationId, out var known) && known == fingerprint)
        {
            return false;
        }

        var existing = await store.FindByConversationAsync(reference.ConversationId, cancellationToken);
        await store.SaveAsync(reference, cancellationToken);
        _stored[reference.ConversationId] = fingerprint;
        return existing is null;
    }
}
