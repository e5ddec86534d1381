namespace BotAlias.Core.Bulk.Planning;

/// <summary>Finds the mailboxes a pasted list names, by UPN or by any of their SMTP addresses, ignoring case.</summary>
public static class BulkTargetResolver
{
    public static BulkTargetResolution Resolve(IReadOnlyList<string> entries, IEnumerable<BulkMailbox> mailboxes)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(mailboxes);

        // UPNs first, so an entry that is one mailbox's UPN and (wrongly) another's address means the UPN's owner.
        var all = mailboxes as IReadOnlyCollection<BulkMailbox> ?? mailboxes.ToList();
        var byKey = new Dictionary<string, BulkMailbox>(all.Count * 2, StringComparer.OrdinalIgnoreCase);
        foreach (var mailbox in all)
        {
            byKey.TryAdd(mailbox.UserPrincipalName.Trim(), mailbox);
        }

        foreach (var mailbox in all)
        {
            foreach (var address in mailbox.AllAddresses)
            {
                byKey.TryAdd(address.Value, mailbox);
            }
        }

        var found = new List<BulkMailbox>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var entry in entries)
        {
            var key = (entry ?? "").Trim();
            if (byKey.TryGetValue(key, out var mailbox))
            {
                if (seen.Add(mailbox.Id))
                {
                    found.Add(mailbox);
                }
            }
            else if (key.Length > 0)
            {
                unmatched.Add(key);
            }
        }

        return new BulkTargetResolution(found, unmatched);
    }
}
