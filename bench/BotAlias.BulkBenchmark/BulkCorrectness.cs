using BotAlias.Core.Bulk;

namespace BotAlias.BulkBenchmark;

/// <summary>
/// What the directory must look like after the run: every mailbox the plan meant to give the address (pending, or
/// already holding it) holds it exactly once and is the only one in the organisation holding it; a synced mailbox
/// that did not hold it still does not.
/// </summary>
internal static class BulkCorrectness
{
    private const int MaxListed = 10;
    private const string OldDomain = "contoso-old.com";

    public static IReadOnlyList<string> Check(
        IReadOnlyList<BulkItem> planned, IReadOnlyList<BulkItem> final, IReadOnlyList<BulkMailbox> before, IReadOnlyList<BulkMailbox> after)
    {
        var finalBySequence = final.ToDictionary(i => i.Sequence);
        var beforeById = before.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        var afterById = after.ToDictionary(m => m.Id, StringComparer.OrdinalIgnoreCase);
        var holders = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var address in after.SelectMany(m => m.AllAddresses))
        {
            holders[address.Value] = holders.GetValueOrDefault(address.Value) + 1;
        }

        var problems = new List<string>();
        var checkedCount = 0;
        foreach (var item in planned.Where(i => i.MailboxId is not null))
        {
            // A synced item has no address in the plan: the one the pattern would have given is worked out here.
            var address = item.Address?.Value ?? $"{beforeById[item.MailboxId!].Alias}@{OldDomain}";
            if (!afterById.TryGetValue(item.MailboxId!, out var mailbox))
            {
                problems.Add($"{item.UserPrincipalName} is no longer listed after the run.");
                continue;
            }

            var held = mailbox.AllAddresses.Count(a => string.Equals(a.Value, address, StringComparison.OrdinalIgnoreCase));
            switch (item.Status)
            {
                case BulkItemStatus.Pending or BulkItemStatus.AlreadyDone:
                    checkedCount++;
                    if (item.Status == BulkItemStatus.Pending && finalBySequence[item.Sequence].Status != BulkItemStatus.Done)
                    {
                        problems.Add($"{item.UserPrincipalName} ended {finalBySequence[item.Sequence].Status}: {finalBySequence[item.Sequence].Reason}");
                    }

                    if (held != 1 || holders.GetValueOrDefault(address) != 1)
                    {
                        problems.Add($"{item.UserPrincipalName} holds {address} {held} time(s); the organisation {holders.GetValueOrDefault(address)} time(s); expected once.");
                    }

                    break;
                case BulkItemStatus.Synced when held != 0 && !beforeById[item.MailboxId!].AllAddresses.Any(a => string.Equals(a.Value, address, StringComparison.OrdinalIgnoreCase)):
                    problems.Add($"{item.UserPrincipalName} is synced from on-premises but was given {address}.");
                    break;
            }
        }

        if (checkedCount == 0)
        {
            problems.Add("The plan gave no mailbox the address, so nothing was checked.");
        }

        return problems.Count <= MaxListed ? problems : [.. problems.Take(MaxListed), $"... and {problems.Count - MaxListed} more."];
    }
}
