using BotAlias.Core.Addresses;
using BotAlias.Core.Bulk;

namespace BotAlias.Core.Tests.Bulk.Execution;

/// <summary>
/// Exchange's address rules in memory: one holder per address across all recipients, a primary cannot be removed,
/// every write is idempotent, synced mailboxes and unaccepted domains are refused. Tests script throttling through
/// <see cref="Throttle"/> and a crash (write applied, then the process dies) through <see cref="CrashOnCall"/>.
/// </summary>
internal sealed class FakeExchangeWriter(ManualTimeProvider clock) : IBulkAddressWriter
{
    private readonly Dictionary<EmailAddress, string> _holders = [];

    public Dictionary<string, FakeMailbox> Mailboxes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> AcceptedDomains { get; } = new(StringComparer.OrdinalIgnoreCase) { "example.com", "contoso-old.com", "webmail.example.net" };

    /// <summary>How long each write takes on the fake clock.</summary>
    public TimeSpan TimePerWrite { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Returns a throttled outcome for a write instead of applying it, or null to apply it.</summary>
    public Func<BulkWrite, BulkWriteOutcome?>? Throttle { get; set; }

    /// <summary>The call (1-based) that applies its writes and then throws <see cref="SimulatedCrashException"/>.</summary>
    public int CrashOnCall { get; set; }

    /// <summary>Runs after a call's writes were applied, before it returns: an admin clicking Pause, the host stopping.</summary>
    public Func<int, Task>? AfterApplying { get; set; }

    public int Calls { get; private set; }

    /// <summary>Writes that changed something; idempotent repeats are not counted.</summary>
    public int Changes { get; private set; }

    public List<(DateTimeOffset At, BulkWrite Write, BulkWriteOutcome Outcome)> Log { get; } = [];

    public FakeMailbox AddMailbox(string id, string primary, params string[] secondaries) => AddMailbox(id, primary, synced: false, secondaries);

    public FakeMailbox AddMailbox(string id, string primary, bool synced, params string[] secondaries)
    {
        var mailbox = new FakeMailbox(id, EmailAddress.Parse(primary)) { Synced = synced };
        Mailboxes.Add(id, mailbox);
        Hold(id, mailbox.Primary);
        foreach (var secondary in secondaries)
        {
            mailbox.Secondaries.Add(EmailAddress.Parse(secondary));
            Hold(id, EmailAddress.Parse(secondary));
        }

        return mailbox;
    }

    /// <summary>A group or contact holding an address: it conflicts but is never written to by a run.</summary>
    public void AddOtherHolder(string id, string address) => Hold(id, EmailAddress.Parse(address));

    public void ReleaseOtherHolder(string address) => _holders.Remove(EmailAddress.Parse(address));

    public void DeleteMailbox(string id)
    {
        var mailbox = Mailboxes[id];
        foreach (var address in mailbox.Secondaries.Prepend(mailbox.Primary))
        {
            _holders.Remove(address);
        }

        Mailboxes.Remove(id);
    }

    public Dictionary<string, string> Snapshot() => Mailboxes.ToDictionary(m => m.Key, m => m.Value.Snapshot(), StringComparer.Ordinal);

    public async Task<IReadOnlyList<BulkWriteOutcome>> ApplyAsync(IReadOnlyList<BulkWrite> writes, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var call = ++Calls;
        var outcomes = new List<BulkWriteOutcome>(writes.Count);
        foreach (var write in writes)
        {
            clock.Advance(TimePerWrite);
            var outcome = Throttle?.Invoke(write) ?? Apply(write);
            Log.Add((clock.GetUtcNow(), write, outcome));
            outcomes.Add(outcome);
        }

        if (call == CrashOnCall)
        {
            throw new SimulatedCrashException();
        }

        if (AfterApplying is not null)
        {
            await AfterApplying(call);
        }

        return outcomes;
    }

    private BulkWriteOutcome Apply(BulkWrite write)
    {
        if (!Mailboxes.TryGetValue(write.RecipientId, out var mailbox))
        {
            return new(write.Key, BulkWriteStatus.NotFound, $"The mailbox {write.RecipientId} no longer exists.");
        }

        if (mailbox.Synced)
        {
            return new(write.Key, BulkWriteStatus.Refused, "The mailbox is synced from on-premises: change its addresses in Active Directory.");
        }

        if (!AcceptedDomains.Contains(write.Address.Domain))
        {
            return new(write.Key, BulkWriteStatus.Refused, $"{write.Address.Domain} is not an accepted domain of the organisation.");
        }

        if (_holders.TryGetValue(write.Address, out var holder) && holder != mailbox.Id)
        {
            return new(write.Key, BulkWriteStatus.Conflict, $"{write.Address} is already held by {holder}.");
        }

        switch (write.Kind)
        {
            case BulkWriteKind.AddSecondary when !mailbox.Holds(write.Address):
                mailbox.Secondaries.Add(write.Address);
                Hold(mailbox.Id, write.Address);
                Changes++;
                break;
            case BulkWriteKind.RemoveSecondary when mailbox.Primary == write.Address:
                return new(write.Key, BulkWriteStatus.Refused, $"{write.Address} is the primary address; a primary cannot be removed.");
            case BulkWriteKind.RemoveSecondary when mailbox.Secondaries.Remove(write.Address):
                _holders.Remove(write.Address);
                Changes++;
                break;
            case BulkWriteKind.SetPrimary when mailbox.Primary != write.Address:
                // As Exchange does: the old primary stays as a secondary.
                mailbox.Secondaries.Remove(write.Address);
                mailbox.Secondaries.Add(mailbox.Primary);
                mailbox.Primary = write.Address;
                Hold(mailbox.Id, write.Address);
                Changes++;
                break;
        }

        return new(write.Key, BulkWriteStatus.Applied);
    }

    private void Hold(string id, EmailAddress address)
    {
        if (_holders.TryGetValue(address, out var holder) && holder != id)
        {
            throw new InvalidOperationException($"Test setup: {address} is already held by {holder}.");
        }

        _holders[address] = id;
    }
}
