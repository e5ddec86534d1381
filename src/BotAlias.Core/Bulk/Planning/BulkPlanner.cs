using System.Globalization;
using BotAlias.Core.Addresses;
using BotAlias.Core.Directory;

namespace BotAlias.Core.Bulk.Planning;

/// <summary>
/// Decides, without writing anything, what a bulk change would do to each mailbox: Pending, AlreadyDone,
/// Conflict (with a suggested free address), Invalid or Synced.
/// </summary>
/// <remarks>
/// Conflicts are of two kinds: the address belongs to someone else, or several mailboxes of this run want the
/// same one (two John Smiths). In the second case none of them is simply Pending: picking a winner silently
/// would surprise whoever lost. Instead, all are conflicts and the suggestions settle it the same way every time:
/// the first by UPN is offered the address itself, the others a numeric suffix (john.smith2, john.smith3...).
/// A suggestion is never held by anyone and never an address another item of the plan is going to get or wants,
/// so accepting every suggestion gives distinct addresses.
/// Everything is looked up in hash tables built once, so planning is linear in the number of mailboxes.
/// Items keep the order of <paramref name="targets"/>; unmatched list entries come last.
/// </remarks>
public static class BulkPlanner
{
    /// <summary>How far numeric suffixes are tried before giving up on a suggestion.</summary>
    public const int MaxSuffix = 9_999;

    private const string SyncedReason =
        "Synced from on-premises Active Directory by Entra Connect: an address changed here would be overwritten at the next sync. Change it in on-premises AD instead.";

    private const string UnmatchedReason =
        "Matches no mailbox: check the spelling. Only users' and shared mailboxes can be changed in bulk, not groups or contacts.";

    public static BulkPlan Build(
        BulkChangeSpec spec, IReadOnlyList<BulkMailbox> targets, IReadOnlyList<string> unmatchedEntries, BulkAddressIndex index)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(unmatchedEntries);
        ArgumentNullException.ThrowIfNull(index);

        var holders = new Holders(index, targets);
        var drafts = Draft(spec, targets, holders);
        var wanted = MarkSharedCandidates(drafts);
        Suggest(drafts, holders, wanted);
        return Assemble(drafts, unmatchedEntries);
    }

    private static List<ItemDraft> Draft(BulkChangeSpec spec, IReadOnlyList<BulkMailbox> targets, Holders holders)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = targets.Where(t => seen.Add(t.Id)).ToList();
        var drafts = new List<ItemDraft>(unique.Count);
        switch (spec.Kind)
        {
            case BulkChangeKind.AddAddress:
                if (!BulkPattern.TryParse(spec.Pattern, out var pattern, out var problem))
                {
                    drafts.AddRange(unique.Select(m => new ItemDraft(m, BulkItemStatus.Invalid) { Reason = "The pattern can't be used: " + problem }));
                    break;
                }

                drafts.AddRange(unique.Select(m => DraftAdd(m, pattern, holders)));
                break;
            case BulkChangeKind.SwitchPrimaryDomain:
                var from = BulkDomainText.Normalize(spec.FromDomain);
                var to = BulkDomainText.Normalize(spec.ToDomain);
                if (from.Length == 0 || to.Length == 0)
                {
                    drafts.AddRange(unique.Select(m => new ItemDraft(m, BulkItemStatus.Invalid)
                    {
                        PreviousPrimary = m.PrimaryAddress,
                        Reason = "The change doesn't say which domain primaries move from and to.",
                    }));
                    break;
                }

                drafts.AddRange(unique.Select(m => DraftSwitch(m, from, to, holders)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown bulk change kind.");
        }

        return drafts;
    }

    private static ItemDraft DraftAdd(BulkMailbox mailbox, BulkPattern pattern, Holders holders)
    {
        if (mailbox.OnPremisesSyncEnabled)
        {
            return new ItemDraft(mailbox, BulkItemStatus.Synced) { Reason = SyncedReason };
        }

        var expansion = pattern.Expand(mailbox);
        if (expansion.Address is not { } address)
        {
            return new ItemDraft(mailbox, BulkItemStatus.Invalid) { Reason = expansion.Reason };
        }

        var holder = holders.Find(address);
        if (mailbox.AllAddresses.Contains(address) || holder?.RecipientId == mailbox.Id)
        {
            return new ItemDraft(mailbox, BulkItemStatus.AlreadyDone) { Address = address };
        }

        return holder is not null
            ? HeldElsewhere(new ItemDraft(mailbox, BulkItemStatus.Conflict) { Address = address }, holder)
            : new ItemDraft(mailbox, BulkItemStatus.Pending) { Address = address, IsCandidate = true };
    }

    private static ItemDraft DraftSwitch(BulkMailbox mailbox, string from, string to, Holders holders)
    {
        var primary = mailbox.PrimaryAddress;
        if (mailbox.OnPremisesSyncEnabled)
        {
            return new ItemDraft(mailbox, BulkItemStatus.Synced) { PreviousPrimary = primary, Reason = SyncedReason };
        }

        if (primary.Domain == to)
        {
            return new ItemDraft(mailbox, BulkItemStatus.AlreadyDone) { PreviousPrimary = primary, Address = primary, AddsAddress = false };
        }

        if (primary.Domain != from)
        {
            return new ItemDraft(mailbox, BulkItemStatus.Invalid)
            {
                PreviousPrimary = primary,
                Reason = $"Its primary is {primary}, not at {from}, so it is left as it is.",
            };
        }

        if (!EmailAddress.TryParse(primary.LocalPart + "@" + to, out var address))
        {
            return new ItemDraft(mailbox, BulkItemStatus.Invalid)
            {
                PreviousPrimary = primary,
                Reason = $"{primary.LocalPart}@{to} is not an address this bot can use: {to} may not be a valid domain.",
            };
        }

        if (mailbox.SecondaryAddresses.Contains(address!))
        {
            // Already a secondary: the switch only promotes it, and undo must not remove it.
            return new ItemDraft(mailbox, BulkItemStatus.Pending) { PreviousPrimary = primary, Address = address, AddsAddress = false, IsCandidate = true };
        }

        var holder = holders.Find(address!);
        return holder is not null && holder.RecipientId != mailbox.Id
            ? HeldElsewhere(new ItemDraft(mailbox, BulkItemStatus.Conflict) { PreviousPrimary = primary, Address = address }, holder)
            : new ItemDraft(mailbox, BulkItemStatus.Pending) { PreviousPrimary = primary, Address = address, IsCandidate = true };
    }

    private static ItemDraft HeldElsewhere(ItemDraft draft, BulkAddressHolder holder)
    {
        draft.Reason = $"{draft.Address} already belongs to {holder.DisplayName} ({KindName(holder.Kind)}).";
        return draft;
    }

    /// <summary>Turns candidates that share an address into conflicts; returns every address some item goes to or wants.</summary>
    private static HashSet<string> MarkSharedCandidates(List<ItemDraft> drafts)
    {
        var byAddress = new Dictionary<string, List<ItemDraft>>(StringComparer.OrdinalIgnoreCase);
        foreach (var draft in drafts.Where(d => d.IsCandidate))
        {
            if (!byAddress.TryGetValue(draft.Address!.Value, out var group))
            {
                byAddress[draft.Address.Value] = group = [];
            }

            group.Add(draft);
        }

        foreach (var group in byAddress.Values.Where(g => g.Count > 1))
        {
            group.Sort(ByUpn);
            for (var i = 0; i < group.Count; i++)
            {
                var draft = group[i];
                var others = group.Where(d => !ReferenceEquals(d, draft)).Take(3).Select(d => d.Mailbox.DisplayName);
                var count = group.Count - 1;
                draft.Status = BulkItemStatus.Conflict;
                draft.GetsPlainAddress = i == 0;
                draft.Reason = $"{draft.Address} is also wanted by {count} {(count == 1 ? "other" : "others")} in this run ({string.Join(", ", others)}{(count > 3 ? ", ..." : "")}).";
            }
        }

        return byAddress.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static void Suggest(List<ItemDraft> drafts, Holders holders, HashSet<string> used)
    {
        var nextSuffix = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var conflicts = drafts.Where(d => d.Status == BulkItemStatus.Conflict && d.Address is not null).ToList();
        conflicts.Sort(ByUpn);
        foreach (var draft in conflicts)
        {
            draft.Suggestion = draft.GetsPlainAddress ? draft.Address : NextFree(draft.Address!, holders, used, nextSuffix);
            if (draft.Suggestion is null)
            {
                draft.Reason += " No free numbered address was found: choose one by hand.";
            }
        }
    }

    private static EmailAddress? NextFree(EmailAddress address, Holders holders, HashSet<string> used, Dictionary<string, int> nextSuffix)
    {
        // Every suffix below the remembered one is held or used already (both sets only grow), so a crowd of
        // namesakes costs one probe each instead of re-walking 2, 3, 4...
        var suffix = nextSuffix.GetValueOrDefault(address.Value, 2);
        for (; suffix <= MaxSuffix; suffix++)
        {
            var digits = suffix.ToString(CultureInfo.InvariantCulture);
            var local = address.LocalPart;
            if (local.Length + digits.Length > 64)
            {
                local = local[..(64 - digits.Length)].TrimEnd('.');
            }

            if (local.Length == 0 || !EmailAddress.TryParse(local + digits + "@" + address.Domain, out var candidate))
            {
                continue;
            }

            if (holders.Find(candidate!) is null && used.Add(candidate!.Value))
            {
                nextSuffix[address.Value] = suffix + 1;
                return candidate;
            }
        }

        nextSuffix[address.Value] = suffix;
        return null;
    }

    private static BulkPlan Assemble(List<ItemDraft> drafts, IReadOnlyList<string> unmatchedEntries)
    {
        var items = new List<BulkItem>(drafts.Count + unmatchedEntries.Count);
        foreach (var draft in drafts)
        {
            items.Add(new BulkItem
            {
                Sequence = items.Count + 1,
                MailboxId = draft.Mailbox.Id,
                UserPrincipalName = draft.Mailbox.UserPrincipalName,
                DisplayName = draft.Mailbox.DisplayName,
                Status = draft.Status,
                Address = draft.Address,
                PreviousPrimary = draft.PreviousPrimary,
                AddsAddress = draft.AddsAddress,
                Suggestion = draft.Suggestion,
                Reason = draft.Reason,
            });
        }

        foreach (var entry in unmatchedEntries)
        {
            items.Add(new BulkItem
            {
                Sequence = items.Count + 1,
                UserPrincipalName = entry,
                DisplayName = entry,
                Status = BulkItemStatus.Invalid,
                Reason = UnmatchedReason,
            });
        }

        var counts = items.GroupBy(i => i.Status).ToDictionary(g => g.Key, g => g.Count());
        return new BulkPlan(items, new BulkRunCounts(counts));
    }

    private static int ByUpn(ItemDraft a, ItemDraft b)
    {
        var byName = StringComparer.OrdinalIgnoreCase.Compare(a.Mailbox.UserPrincipalName, b.Mailbox.UserPrincipalName);
        return byName != 0 ? byName : StringComparer.Ordinal.Compare(a.Mailbox.Id, b.Mailbox.Id);
    }

    private static string KindName(RecipientKind kind) => kind switch
    {
        RecipientKind.User => "a user",
        RecipientKind.SharedMailbox => "a shared mailbox",
        RecipientKind.Group => "a group",
        RecipientKind.MailContact => "a mail contact",
        RecipientKind.DynamicDistributionGroup => "a dynamic distribution group",
        RecipientKind.PublicFolder => "a mail-enabled public folder",
        RecipientKind.SoftDeletedMailbox => "a deleted mailbox that can still be restored",
        RecipientKind.DeletedObject => "a deleted object still in the recycle bin",
        _ => "a recipient",
    };

    /// <summary>The index, plus the run's own mailboxes in case the index was built without them.</summary>
    private sealed class Holders
    {
        private readonly BulkAddressIndex _index;
        private readonly BulkAddressIndex _targets = new();

        public Holders(BulkAddressIndex index, IEnumerable<BulkMailbox> targets)
        {
            _index = index;
            foreach (var target in targets)
            {
                _targets.Add(target);
            }
        }

        public BulkAddressHolder? Find(EmailAddress address) => _index.FindHolder(address) ?? _targets.FindHolder(address);
    }

    private sealed class ItemDraft(BulkMailbox mailbox, BulkItemStatus status)
    {
        public BulkMailbox Mailbox { get; } = mailbox;

        public BulkItemStatus Status { get; set; } = status;

        public EmailAddress? Address { get; init; }

        public EmailAddress? PreviousPrimary { get; init; }

        public bool AddsAddress { get; init; } = true;

        /// <summary>Free when drafted: Pending unless another candidate wants the same address.</summary>
        public bool IsCandidate { get; init; }

        /// <summary>First by UPN among namesakes: offered the address itself.</summary>
        public bool GetsPlainAddress { get; set; }

        public EmailAddress? Suggestion { get; set; }

        public string? Reason { get; set; }
    }
}
