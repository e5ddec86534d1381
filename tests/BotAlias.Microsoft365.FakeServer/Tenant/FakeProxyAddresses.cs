using System.Collections.ObjectModel;

namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>
/// An object's proxy addresses, as a list that tells the tenant's address index when it changes, so a lookup in a
/// 10,000-recipient tenant is a dictionary hit rather than a scan, however the list was changed (by a cmdlet or by
/// a test directly).
/// </summary>
public sealed class FakeProxyAddresses : Collection<string>
{
    internal Action? Changed { get; set; }

    public void AddRange(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            Add(item);
        }
    }

    protected override void InsertItem(int index, string item)
    {
        base.InsertItem(index, item);
        Changed?.Invoke();
    }

    protected override void RemoveItem(int index)
    {
        base.RemoveItem(index);
        Changed?.Invoke();
    }

    protected override void SetItem(int index, string item)
    {
        base.SetItem(index, item);
        Changed?.Invoke();
    }

    protected override void ClearItems()
    {
        base.ClearItems();
        Changed?.Invoke();
    }
}
