using System.Collections.Concurrent;
using BotAlias.Features.Bulk.Cards;

namespace BotAlias.Features.Bulk;

/// <summary>
/// The last measured rate of each run, for its progress card. Kept in memory only: after a restart the card shows
/// no rate until the first slice has run, which is honest.
/// </summary>
public sealed class BulkRates
{
    private readonly ConcurrentDictionary<string, BulkProgressRate> _rates = new(StringComparer.OrdinalIgnoreCase);

    public BulkProgressRate? Find(string runId) => _rates.TryGetValue(runId, out var rate) ? rate : null;

    public void Record(string runId, double perSecond)
    {
        if (perSecond > 0 && double.IsFinite(perSecond))
        {
            _rates[runId] = new BulkProgressRate(perSecond);
        }
    }

    public void Forget(string runId) => _rates.TryRemove(runId, out _);
}
