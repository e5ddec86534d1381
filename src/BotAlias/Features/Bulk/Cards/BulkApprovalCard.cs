using System.Globalization;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk.Cards;

/// <summary>What the approving admin sees: who asked, what and for whom, the counts and examples, and the decision (or, once decided, who decided what).</summary>
public static class BulkApprovalCard
{
    public const string CommentInput = "comment";

    public const int MaxCommentLength = 500;

    /// <param name="decided">True once the run left PendingApproval: the card then shows the decision instead of the buttons.</param>
    public static AdaptiveCard Create(BulkRun run, BulkRunCounts counts, IReadOnlyList<BulkItem> samples, Uri? csvLink, bool decided)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(samples);

        var body = new List<CardElement>
        {
            new TextBlock
            {
                Text = decided ? $"Bulk change {run.Id}" : $"Approve bulk change {run.Id}?",
                Size = TextSize.Medium,
                Weight = TextWeight.Bolder,
                Wrap = true,
                Style = TextBlockStyle.Heading,
            },
            new TextBlock { Text = BulkCardText.Describe(run), Wrap = true },
            new FactSet
            {
                Facts =
                [
                    new Fact("Asked by", CardText.Escape(run.RequesterName)),
                    new Fact("Asked at", run.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC"),
                    .. BulkCardSections.CountFacts(counts),
                ],
            },
            new TextBlock
            {
                Text = $"Only the {BulkCardText.Count(counts[BulkItemStatus.Pending], "mailbox", "mailboxes")} to change are written, one at a time, each audited; the others are left as they are. The run can be paused, cancelled and undone.",
                Wrap = true,
                IsSubtle = true,
            },
        };
        BulkCardSections.AddSamples(body, "For example", samples);
        BulkCardSections.AddCsvLink(body, csvLink, counts.Total);

        if (decided)
        {
            body.Add(new TextBlock { Text = Decision(run), Wrap = true, Weight = TextWeight.Bolder, Color = DecisionColor(run.State), Spacing = Spacing.Medium });
            return new AdaptiveCard { Body = body };
        }

        body.Add(new TextInput
        {
            Id = CommentInput,
            Label = "Comment (optional, shown to the admin who asked)",
            IsMultiline = true,
            MaxLength = MaxCommentLength,
            Spacing = Spacing.Medium,
        });
        var data = BulkCardSections.RunData(run);
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction { Title = "Approve", Verb = BulkVerbs.Approve, Style = ActionStyle.Positive, Data = data.DeepClone().AsObject() },
                new ExecuteAction { Title = "Reject", Verb = BulkVerbs.Reject, Style = ActionStyle.Destructive, Data = data.DeepClone().AsObject() },
            ],
        };
    }

    private static string Decision(BulkRun run)
    {
        var by = run.DecidedByName is { } name ? $" by {CardText.Escape(name)}" : "";
        var reason = string.IsNullOrWhiteSpace(run.Reason) ? "" : $": {CardText.Escape(run.Reason, 500)}";
        return run.State switch
        {
            BulkRunState.Rejected => $"Rejected{by}{reason}",
            BulkRunState.Cancelled => $"Cancelled{reason}",
            BulkRunState.PendingApproval or BulkRunState.DryRun => "No longer waiting for your decision.",
            _ => $"Approved{by}.",
        };
    }

    private static TextColor DecisionColor(BulkRunState state) =>
        state is BulkRunState.Rejected or BulkRunState.Cancelled ? TextColor.Attention : TextColor.Good;
}
