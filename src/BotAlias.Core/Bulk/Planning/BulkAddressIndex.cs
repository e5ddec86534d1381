using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Bulk.Planning;

/// <summary>
/// Every address in the organisation and who holds it, looked up in constant time ignoring case, so planning
/// ten thousand mailboxes asks the directory nothing per mailbox.
/// </summary>
/// <remarks>
/// Filled from <see cref="IBulkDirectoryReader.ListAddressHoldersAsync"/> as it streams, and from the run's
/// mailboxes as well. If two recipients claim one address (the directory should never allow it), the first one
/// added keeps it: either way the address is taken, which is all planning needs.
/// </remarks>
public sealed class BulkAddressIndex
{
    private readonly Dictionary<string, BulkAddressHolder> _holders = new(StringComparer.OrdinalIgnoreCase);

    public BulkAddressIndex()
    {
    }

    public BulkAddressIndex(IEnumerable<Recipient> recipients, IEnumerable<BulkMailbox>? mailboxes = null)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        foreach (var recipient in recipients)
        {
            Add(recipient);
        }

        foreach (var mailbox in mailboxes ?? [])
        {
            Add(mailbox);
        }
    }

    /// <summary>How many addresses are indexed.</summary>
    public int Count => _holders.Count;

    public void Add(Recipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var holder = new BulkAddressHolder(recipient.Id, recipient.DisplayName, recipient.Kind);
        foreach (var address in recipient.AllAddresses)
        {
            _holders.TryAdd(address.Value, holder);
        }
    }

    public void Add(BulkMailbox mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        var holder = new BulkAddressHolder(mailbox.Id, mailbox.DisplayName, mailbox.Kind);
        foreach (var address in mailbox.AllAddresses)
        {
            _holders.TryAdd(address.Value, holder);
        }
    }

    public BulkAddressHolder? FindHolder(EmailAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _holders.GetValueOrDefault(address.Value);
    }

    public bool IsHeld(EmailAddress address) => FindHolder(address) is not null;
}
