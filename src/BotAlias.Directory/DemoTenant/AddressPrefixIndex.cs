using BotAlias.Core.Directory;

namespace BotAlias.Directory.DemoTenant;

/// <summary>
/// Every held address, lower-cased and sorted ordinally, so the addresses sharing a prefix sit next to each other
/// and a binary search finds where they start: a prefix search costs O(log n + results), however big the tenant.
/// </summary>
/// <remarks>
/// One index serves both "start of the whole address" and "start of the local part at any domain": the local
/// part comes first in the sorted key, so "jane" already spans jane@contoso.com, jane.doe@example.com and
/// janet@example.com. A second index keyed by local part would hold the same order.
/// </remarks>
internal sealed class AddressPrefixIndex
{
    private readonly string[] _keys;
    private readonly AddressHolder[] _holders;

    public AddressPrefixIndex(IEnumerable<AddressHolder> holders)
    {
        _holders = [.. holders];
        _keys = [.. _holders.Select(h => Key(h.Address.Value))];
        Array.Sort(_keys, _holders, StringComparer.Ordinal);
    }

    public int Count => _keys.Length;

    public IReadOnlyList<AddressHolder> Search(string prefix, int limit)
    {
        var key = Key(prefix);
        var results = new List<AddressHolder>(Math.Min(limit, 16));
        for (var i = FirstAtOrAfter(key); i < _keys.Length && results.Count < limit && _keys[i].StartsWith(key, StringComparison.Ordinal); i++)
        {
            results.Add(_holders[i]);
        }

        return results;
    }

    // Addresses are ASCII (EmailAddress refuses anything else) and compared ignoring case, as Exchange does.
    private static string Key(string text) => text.ToLowerInvariant();

    private int FirstAtOrAfter(string key)
    {
        int low = 0, high = _keys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(_keys[middle], key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
