using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

/// <summary>
/// One bulk batch worked out against a state without changing it: each write sees the writes before it (an address
/// added to one mailbox is taken for the next; one removed is free), and refusals follow the same rules as the
/// single writes (<see cref="AddressRules"/>), answered as outcomes instead of exceptions.
/// </summary>
internal sealed class DemoTenantBulkBatch(DemoTenantState state, int maxProxyAddresses)
{
    private readonly Dictionary<string, Working> _touched = new(StringComparer.OrdinalIgnoreCase);

    // Who holds an address after this batch's writes so far; null means freed. Absent: as the state says.
    private readonly Dictionary<EmailAddress, Recipient?> _holders = [];

    public BulkWriteOutcome Apply(BulkWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (state.RecipientsById.GetValueOrDefault(write.RecipientId) is not { Kind: RecipientKind.User or RecipientKind.SharedMailbox } recipient)
        {
            return new BulkWriteOutcome(write.Key, BulkWriteStatus.NotFound, $"The demo tenant has no mailbox with id '{write.RecipientId}'.");
        }

        if (!_touched.TryGetValue(recipient.Id, out var mailbox))
        {
            mailbox = new Working(recipient);
            _touched.Add(recipient.Id, mailbox);
        }

        return write.Kind switch
        {
            BulkWriteKind.AddSecondary => Add(write, mailbox),
            BulkWriteKind.RemoveSecondary => Remove(write, mailbox),
            BulkWriteKind.SetPrimary => SetPrimary(write, mailbox),
            _ => throw new ArgumentOutOfRangeException(nameof(write), write.Kind, "Unknown bulk write kind."),
        };
    }

    /// <summary>The mailboxes whose addresses differ from the state, as the document stores them.</summary>
    public Dictionary<string, MailboxAddresses> Changes() =>
        _touched.Values.Where(w => w.Changed).ToDictionary(
            w => w.Recipient.Id,
            w => new MailboxAddresses(w.Primary.Value, [.. w.Secondaries.Select(a => a.Value)]),
            StringComparer.OrdinalIgnoreCase);

    private BulkWriteOutcome Add(BulkWrite write, Working mailbox)
    {
        var address = write.Address;
        if (mailbox.Holds(address))
        {
            return Applied(write);
        }

        if (Refusal(write, mailbox, address) is { } refused)
        {
            return refused;
        }

        mailbox.Secondaries.Add(address);
        _holders[address] = mailbox.Recipient;
        return Applied(write);
    }

    private BulkWriteOutcome Remove(BulkWrite write, Working mailbox)
    {
        var address = write.Address;
        if (mailbox.Primary == address)
        {
            return Refused(write, $"{address} is the primary address of {RecipientDescription.Describe(mailbox.Recipient)}; a primary is never removed, set another primary first.");
        }

        if (!mailbox.Secondaries.Contains(address))
        {
            return Applied(write);
        }

        if (mailbox.Recipient.OnPremisesSyncEnabled)
        {
            return Synced(write, mailbox);
        }

        mailbox.Secondaries.Remove(address);
        _holders[address] = null;
        return Applied(write);
    }

    private BulkWriteOutcome SetPrimary(BulkWrite write, Working mailbox)
    {
        var address = write.Address;
        if (mailbox.Primary == address)
        {
            return Applied(write);
        }

        var alreadyHeld = mailbox.Holds(address);
        if (alreadyHeld && mailbox.Recipient.OnPremisesSyncEnabled)
        {
            return Synced(write, mailbox);
        }

        if (!alreadyHeld && Refusal(write, mailbox, address) is { } refused)
        {
            return refused;
        }

        mailbox.Secondaries.Remove(address);
        mailbox.Secondaries.Add(mailbox.Primary);
        mailbox.Primary = address;
        _holders[address] = mailbox.Recipient;
        return Applied(write);
    }

    /// <summary>Why an address new to the mailbox cannot be given to it, in the order Exchange checks; null when it can.</summary>
    private BulkWriteOutcome? Refusal(BulkWrite write, Working mailbox, EmailAddress address)
    {
        if (Holder(address) is { } holder && !string.Equals(holder.Id, mailbox.Recipient.Id, StringComparison.OrdinalIgnoreCase))
        {
            return new BulkWriteOutcome(
                write.Key,
                BulkWriteStatus.Conflict,
                $"{address} is already held by {RecipientDescription.Describe(holder)}; an address belongs to one recipient at a time.");
        }

        if (mailbox.Recipient.OnPremisesSyncEnabled)
        {
            return Synced(write, mailbox);
        }

        if (!state.IsAcceptedDomain(address.Domain))
        {
            return Refused(write, $"{address.Domain} is not a verified mail domain of the tenant, so Exchange would not accept {address}.");
        }

        var count = 1 + mailbox.Secondaries.Count + (state.MailboxesByUserId.GetValueOrDefault(mailbox.Recipient.Id)?.X500Addresses.Count ?? 0);
        return count >= maxProxyAddresses
            ? Refused(write, $"{RecipientDescription.Describe(mailbox.Recipient)} already holds {count} proxy addresses, the most the tenant allows ({maxProxyAddresses}); remove one first.")
            : null;
    }

    private Recipient? Holder(EmailAddress address) =>
        _holders.TryGetValue(address, out var holder) ? holder : state.AddressIndex.GetValueOrDefault(address)?.Recipient;

    private static BulkWriteOutcome Applied(BulkWrite write) => new(write.Key, BulkWriteStatus.Applied);

    private static BulkWriteOutcome Refused(BulkWrite write, string reason) => new(write.Key, BulkWriteStatus.Refused, reason);

    private static BulkWriteOutcome Synced(BulkWrite write, Working mailbox) =>
        Refused(write, $"{RecipientDescription.Describe(mailbox.Recipient)} is synchronized from on-premises Active Directory, so its addresses can only be changed there.");

    /// <summary>A mailbox's addresses as the batch has left them so far.</summary>
    private sealed class Working(Recipient recipient)
    {
        private readonly EmailAddress _originalPrimary = recipient.PrimaryAddress;
        private readonly IReadOnlyList<EmailAddress> _originalSecondaries = recipient.SecondaryAddresses;

        public Recipient Recipient { get; } = recipient;

        public EmailAddress Primary { get; set; } = recipient.PrimaryAddress;

        public List<EmailAddress> Secondaries { get; } = [.. recipient.SecondaryAddresses];

        public bool Changed => Primary != _originalPrimary || !Secondaries.SequenceEqual(_originalSecondaries);

        public bool Holds(EmailAddress address) => Primary == address || Secondaries.Contains(address);
    }
}
