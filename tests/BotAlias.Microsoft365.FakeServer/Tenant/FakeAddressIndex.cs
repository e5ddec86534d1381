namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>
/// Who holds each proxy address (any prefix, compared without case), kept up to date from the objects' change
/// notifications: only the objects changed since the last lookup are indexed again. Objects added to or removed
/// from the tenant change its count, which rebuilds the whole index; a holder found is checked to still be in
/// the tenant before it is believed.
/// </summary>
internal sealed class FakeAddressIndex(FakeTenant tenant)
{
    private readonly Dictionary<string, List<FakeDirectoryObject>> _holders = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<FakeDirectoryObject, string[]> _indexed = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<FakeDirectoryObject> _dirty = new(ReferenceEqualityComparer.Instance);

    /// <summary>Everyone holding the proxy, live holders first, then soft-deleted, then the recycle bin.</summary>
    public IReadOnlyList<FakeDirectoryObject> Holders(string proxy)
    {
        Refresh();
        if (!_holders.TryGetValue(proxy, out var holders))
        {
            return [];
        }

        if (holders.Any(h => !tenant.Contains(h)))
        {
            Rebuild();
            return _holders.TryGetValue(proxy, out var fresh) ? Ordered(fresh) : [];
        }

        return Ordered(holders);
    }

    private static List<FakeDirectoryObject> Ordered(List<FakeDirectoryObject> holders) =>
        [.. holders.OrderBy(h => h switch
        {
            FakeDeletedObject => 2,
            FakeExchangeOnlyRecipient { IsSoftDeleted: true } => 1,
            _ => 0,
        })];

    private void Refresh()
    {
        if (tenant.HolderCount != _indexed.Count)
        {
            Rebuild();
            return;
        }

        foreach (var holder in _dirty)
        {
            Unindex(holder);
            Index(holder);
        }

        _dirty.Clear();
    }

    private void Rebuild()
    {
        foreach (var holder in _indexed.Keys)
        {
            holder.ProxyAddresses.Changed = null;
        }

        _holders.Clear();
        _indexed.Clear();
        _dirty.Clear();
        foreach (var holder in tenant.AllAddressHolders)
        {
            Index(holder);
        }
    }

    private void Index(FakeDirectoryObject holder)
    {
        var keys = holder.ProxyAddresses.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _indexed[holder] = keys;
        holder.ProxyAddresses.Changed = () => _dirty.Add(holder);
        foreach (var key in keys)
        {
            if (!_holders.TryGetValue(key, out var list))
            {
                list = [];
                _holders.Add(key, list);
            }

            list.Add(holder);
        }
    }

    private void Unindex(FakeDirectoryObject holder)
    {
        if (!_indexed.Remove(holder, out var keys))
        {
            return;
        }

        foreach (var key in keys)
        {
            if (_holders.TryGetValue(key, out var list))
            {
                list.Remove(holder);
                if (list.Count == 0)
                {
                    _holders.Remove(key);
                }
            }
        }
    }
}
