using System.Globalization;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk.Cards;

/// <summary>
/// The words the bulk cards share: what a run does and to whom, numbers, and one line per item. Everything returned
/// here is markdown-safe (names, patterns and reasons go through <see cref="CardText.Escape"/>), for TextBlocks and facts.
/// </summary>
public static class BulkCardText
{
    /// <summary>Room for the bot's own sentences, which quote names, addresses, patterns and reasons.</summary>
    public const int LongText = 1500;

    public const string Arrow = " \u2192 ";

    /// <summary>Thousands separated by commas whatever the server's culture: "10,000".</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"1 conflict", "2 conflicts".</summary>
    public static string Count(int value, string singular, string? plural = null) =>
        $"{Number(value)} {(value == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>The run in one sentence, such as "Add {first}.{last}@contoso-old.com to everyone with a mailbox".</summary>
    public static string Describe(BulkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var who = Audience(run.Audience);
        return run.Change.Kind switch
        {
            BulkChangeKind.AddAddress => CardText.Escape($"Add {run.Change.Pattern} to {who}", LongText),
            BulkChangeKind.SwitchPrimaryDomain => CardText.Escape(
                $"Switch the primary addresses of {who} from @{run.Change.FromDomain} to @{run.Change.ToDomain}, keeping the old address as a secondary so mail to it keeps arriving",
                LongText),
            _ => CardText.Escape($"Change the addresses of {who}", LongText),
        };
    }

    /// <summary>Who, in words (not escaped: <see cref="Describe"/> escapes the sentence it goes into).</summary>
    public static string Audience(BulkAudience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.Kind switch
        {
            BulkAudienceKind.Everyone => "everyone with a mailbox",
            BulkAudienceKind.Group => $"the members of {audience.GroupName ?? audience.GroupId ?? "a group"}",
            BulkAudienceKind.List => $"the {Count(audience.ListEntryCount, "person", "people")} in your list",
            _ => "the chosen mailboxes",
        };
    }

    /// <summary>What the run does to one mailbox: "Jane Doe: jane.doe@contoso-old.com" or "Jane Doe: jane@old.com → jane@new.com".</summary>
    public static string ChangeLine(BulkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var name = CardText.Escape(item.DisplayName);
        var address = CardText.Escape(item.Address?.Value ?? "(no address)");
        return item.PreviousPrimary is { } previous
            ? $"{name}: {CardText.Escape(previous.Value)}{Arrow}{address}"
            : $"{name}: {address}";
    }

    /// <summary>A problem or failure with its reason and, when there is one, the suggested address.</summary>
    public static string ProblemLine(BulkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var who = string.Equals(item.DisplayName, item.UserPrincipalName, StringComparison.OrdinalIgnoreCase)
            ? CardText.Escape(item.DisplayName)
            : $"{CardText.Escape(item.DisplayName)} ({CardText.Escape(item.UserPrincipalName)})";
        var line = $"**{StatusLabel(item.Status)}** \u00B7 {who}";
        if (item.Address is { } address)
        {
            line += $", {CardText.Escape(address.Value)}";
        }

        if (!string.IsNullOrWhiteSpace(item.Reason))
        {
            line += $": {CardText.Escape(item.Reason, 500)}";
        }

        if (item.Suggestion is { } suggestion)
        {
            line += $" Suggested instead: {CardText.Escape(suggestion.Value)}";
        }

        return line;
    }

    public static string StatusLabel(BulkItemStatus status) => status switch
    {
        BulkItemStatus.Pending => "To change",
        BulkItemStatus.AlreadyDone => "Already done",
        BulkItemStatus.Conflict => "Conflict",
        BulkItemStatus.Invalid => "Invalid",
        BulkItemStatus.Synced => "Synced from on-premises",
        BulkItemStatus.Done => "Done",
        BulkItemStatus.Failed => "Failed",
        BulkItemStatus.Undone => "Undone",
        BulkItemStatus.UndoFailed => "Undo failed",
        _ => status.ToString(),
    };

    /// <summary>The run's state for the requester, with who decided and why it stopped where that matters.</summary>
    public static string StateLine(BulkRun run, BulkRunCounts counts)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(counts);
        var by = run.DecidedByName is { } name ? $" by {CardText.Escape(name)}" : "";
        var reason = string.IsNullOrWhiteSpace(run.Reason) ? "" : $" Reason: {CardText.Escape(run.Reason, 500)}";
        return run.State switch
        {
            BulkRunState.DryRun => "Dry run: nothing has been changed.",
            BulkRunState.PendingApproval => $"Waiting for approval{(run.Approver is { } approver ? " by " + CardText.Escape(approver.DisplayName) : "")}. Nothing has been changed yet.",
            BulkRunState.Rejected => $"Rejected{by}. Nothing was changed.{reason}",
            BulkRunState.Approved => $"Approved{by}. Starting soon.",
            BulkRunState.Running => "Running: changing addresses in the background.",
            BulkRunState.Paused => "Paused: nothing more is changed until you resume." + reason,
            BulkRunState.Completed => counts[BulkItemStatus.Failed] > 0
                ? $"Finished with {Count(counts[BulkItemStatus.Failed], "failure")}: {Count(counts[BulkItemStatus.Done], "mailbox", "mailboxes")} changed."
                : $"Finished: {Count(counts[BulkItemStatus.Done], "mailbox", "mailboxes")} changed.",
            BulkRunState.Cancelled => $"Cancelled. {Count(counts[BulkItemStatus.Done], "mailbox", "mailboxes")} changed before it stopped; those changes stay until undone.{reason}",
            BulkRunState.Undoing => "Undoing: putting the addresses back as they were.",
            BulkRunState.Undone => counts[BulkItemStatus.UndoFailed] > 0
                ? $"Undone, except for {Count(counts[BulkItemStatus.UndoFailed], "mailbox", "mailboxes")} that could not be put back."
                : $"Undone: {Count(counts[BulkItemStatus.Undone], "mailbox", "mailboxes")} put back as they were.",
            _ => run.State.ToString(),
        };
    }

    public static TextColor StateColor(BulkRunState state) => state switch
    {
        BulkRunState.Completed or BulkRunState.Undone => TextColor.Good,
        BulkRunState.Rejected or BulkRunState.Cancelled => TextColor.Attention,
        BulkRunState.Paused => TextColor.Warning,
        _ => TextColor.Accent,
    };
}
