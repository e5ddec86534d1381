using BotAlias.Core.Bulk;
using BotAlias.Core.Bulk.Planning;
using BotAlias.Core.Directory;
using BotAlias.Features.Bulk.Cards;
using Microsoft.Extensions.Options;

namespace BotAlias.Features.Bulk;

/// <summary>
/// Checks the bulk form before any dry run: who (a known group, a list that parses), and what (a pattern or two
/// domains the organisation owns). Only cheap reads here; the directory is read whole later, in the background.
/// </summary>
public sealed class BulkFormCheck(IDirectory directory, BulkChangeSpecValidator validator, BulkLists lists, IOptions<BulkFeatureOptions> options)
{
    public async Task<BulkFormCheckResult> CheckAsync(string adminId, BulkFormValues values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var (audience, listId) = await AudienceAsync(adminId, values, problems, cancellationToken);
        var change = Change(values, problems);
        if (change is not null)
        {
            var domains = await directory.GetDomainsAsync(cancellationToken);
            foreach (var problem in await validator.ValidateAsync(change, domains, cancellationToken))
            {
                problems.TryAdd(problem.Field, problem.Message);
            }
        }

        return new BulkFormCheckResult(problems, problems.Count == 0 ? audience : null, problems.Count == 0 ? change : null, listId);
    }

    public async Task<IReadOnlyList<string>> EmailDomainsAsync(CancellationToken cancellationToken) =>
        [.. (await directory.GetDomainsAsync(cancellationToken)).Where(d => d.IsVerified && d.SupportsEmail).Select(d => d.Name).Order(StringComparer.OrdinalIgnoreCase)];

    private async Task<(BulkAudience? Audience, string? ListId)> AudienceAsync(
        string adminId, BulkFormValues values, Dictionary<string, string> problems, CancellationToken cancellationToken)
    {
        switch (values.Audience)
        {
            case BulkFormValues.Everyone:
                return (new BulkAudience { Kind = BulkAudienceKind.Everyone }, null);
            case BulkFormValues.GroupMembers:
                if (string.IsNullOrWhiteSpace(values.Group))
                {
                    problems["group"] = "Give the group's email address.";
                    return (null, null);
                }

                if (!Core.Addresses.EmailAddress.TryParse(values.Group.Trim(), out var address)
                    || await directory.FindHolderAsync(address!, cancellationToken) is not { Recipient: { Kind: RecipientKind.Group } group })
                {
                    problems["group"] = "No group in your organisation has that address. Give a group's email address, such as allstaff@example.com.";
                    return (null, null);
                }

                return (new BulkAudience { Kind = BulkAudienceKind.Group, GroupId = group.Id, GroupName = group.DisplayName }, null);
            case BulkFormValues.FromList:
                return await ListAsync(adminId, values, problems, cancellationToken);
            default:
                problems["audience"] = "Choose who to change: everyone with a mailbox, a group's members, or a list.";
                return (null, null);
        }
    }

    private async Task<(BulkAudience? Audience, string? ListId)> ListAsync(
        string adminId, BulkFormValues values, Dictionary<string, string> problems, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(values.List) && values.ListId is { } uploadedId)
        {
            if (await lists.FindAsync(uploadedId, adminId, cancellationToken) is not { } uploaded)
            {
                problems["list"] = "The uploaded list is no longer available. Send the file again, or paste the addresses here.";
                return (null, null);
            }

            return (new BulkAudience { Kind = BulkAudienceKind.List, ListEntryCount = uploaded.Entries.Count }, uploadedId);
        }

        if (values.ListTooLong)
        {
            problems["list"] = "That list is too long to paste into the form. Send me the CSV file in this chat instead.";
            return (null, null);
        }

        var parsed = new BulkListParser(options.Value.MaxListEntries).Parse(values.List ?? string.Empty);
        if (parsed.Problems.Count > 0 || parsed.RowLimitExceeded || parsed.Entries.Count == 0)
        {
            problems["list"] = parsed.Problems.Count > 0
                ? string.Join(" ", parsed.Problems.Take(3)) + (parsed.Problems.Count > 3 ? $" (and {parsed.Problems.Count - 3} more)" : "")
                : "Paste the addresses or UPNs to change, one per line.";
            return (null, null);
        }

        var listId = await lists.SaveAsync(adminId, "pasted list", parsed.Entries, cancellationToken);
        return (new BulkAudience { Kind = BulkAudienceKind.List, ListEntryCount = parsed.Entries.Count }, listId);
    }

    private static BulkChangeSpec? Change(BulkFormValues values, Dictionary<string, string> problems)
    {
        switch (values.Change)
        {
            case BulkFormValues.AddAddress:
                if (string.IsNullOrWhiteSpace(values.Pattern))
                {
                    problems["pattern"] = "Give the pattern of the address to add, such as {first}.{last}@contoso-old.com.";
                    return null;
                }

                return new BulkChangeSpec { Kind = BulkChangeKind.AddAddress, Pattern = values.Pattern.Trim() };
            case BulkFormValues.SwitchPrimary:
                if (string.IsNullOrWhiteSpace(values.FromDomain) || string.IsNullOrWhiteSpace(values.ToDomain))
                {
                    problems[string.IsNullOrWhiteSpace(values.FromDomain) ? "fromDomain" : "toDomain"] = "Choose the old domain and the new one.";
                    return null;
                }

                return new BulkChangeSpec { Kind = BulkChangeKind.SwitchPrimaryDomain, FromDomain = values.FromDomain.Trim(), ToDomain = values.ToDomain.Trim() };
            default:
                problems["change"] = "Choose what to do: add an address from a pattern, or switch primaries to a new domain.";
                return null;
        }
    }
}
