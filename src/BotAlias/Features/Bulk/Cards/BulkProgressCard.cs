using System.Globalization;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk.Cards;

/// <summary>
/// The requester's card once a run is approved, updated in place: the state, a progress bar with the counts, rate and
/// time left, the buttons that fit the state, and at the end a report with the failures, the CSV, Retry and Undo.
/// </summary>
public static class BulkProgressCard
{
    public const int MaxFailures = 10;

    private const string Separator = " \u00B7 ";

    /// <param name="rate">Recent speed; shown (with the time left) only while running.</param>
    /// <param name="firstFailures">Failed items (or, for an undo, those that could not be undone), in sequence order.</param>
    /// <param name="now">The time the card says it was updated.</param>
    /// <param name="offerUndo">Whether to show Undo at the end (admins only; the handler checks again).</param>
    public static AdaptiveCard Create(
        BulkRun run, BulkRunCounts counts, BulkProgressRate? rate, IReadOnlyList<BulkItem> firstFailures, Uri? csvLink, DateTimeOffset now, bool offerUndo)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(firstFailures);

        var body = new List<CardElement>
        {
            new TextBlock { Text = $"Bulk change {run.Id}", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Style = TextBlockStyle.Heading },
            new TextBlock { Text = BulkCardText.Describe(run), Wrap = true },
            new TextBlock { Text = BulkCardText.StateLine(run, counts), Wrap = true, Weight = TextWeight.Bolder, Color = BulkCardText.StateColor(run.State) },
        };

        var undoing = run.State is BulkRunState.Undoing or BulkRunState.Undone;
        var progress = undoing ? UndoProgress(counts) : RunProgress(counts);
        if (progress.Total > 0)
        {
            body.Add(Bar(progress));
            body.Add(new TextBlock { Text = ProgressLine(run.State, progress, rate, undoing), Wrap = true, Spacing = Spacing.Small });
        }

        var finished = run.State is BulkRunState.Completed or BulkRunState.Cancelled or BulkRunState.Undone;
        if (finished)
        {
            var failed = undoing ? counts[BulkItemStatus.UndoFailed] : counts[BulkItemStatus.Failed];
            var heading = undoing ? "Could not be put back" : "Failures";
            BulkCardSections.AddItems(body, heading, firstFailures, MaxFailures, failed, null);
        }

        BulkCardSections.AddCsvLink(body, csvLink, counts.Total);
        body.Add(new TextBlock
        {
            Text = $"Updated {now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC",
            IsSubtle = true,
            Size = TextSize.Small,
            Wrap = true,
            Spacing = Spacing.Medium,
        });

        var actions = Actions(run, counts, offerUndo);
        return new AdaptiveCard { Body = body, Actions = actions.Count > 0 ? actions : null };
    }

    private static List<CardAction> Actions(BulkRun run, BulkRunCounts counts, bool offerUndo)
    {
        var data = BulkCardSections.RunData(run);
        var actions = new List<CardAction>();
        void Add(string title, string verb, ActionStyle? style = null) =>
            actions.Add(new ExecuteAction { Title = title, Verb = verb, Style = style, Data = data.DeepClone().AsObject() });

        switch (run.State)
        {
            case BulkRunState.Running:
                Add("Pause", BulkVerbs.Pause);
                break;
            case BulkRunState.Paused:
                Add("Resume", BulkVerbs.Resume, ActionStyle.Positive);
                break;
            case BulkRunState.Completed when counts[BulkItemStatus.Failed] > 0:
                Add(counts[BulkItemStatus.Failed] == 1 ? "Retry the 1 failed" : $"Retry the {BulkCardText.Number(counts[BulkItemStatus.Failed])} failed", BulkVerbs.Retry, ActionStyle.Positive);
                break;
        }

        if (run.State is BulkRunState.Running or BulkRunState.Paused or BulkRunState.Approved)
        {
            Add("Cancel the run", BulkVerbs.Cancel, ActionStyle.Destructive);
        }

        if (offerUndo && run.State is BulkRunState.Completed or BulkRunState.Cancelled && counts[BulkItemStatus.Done] > 0)
        {
            Add("Undo this run", BulkVerbs.Undo, ActionStyle.Destructive);
        }

        return actions;
    }

    private sealed record Progress(int Done, int Failed, int Remaining)
    {
        public int Total => Done + Failed + Remaining;
    }

    private static Progress RunProgress(BulkRunCounts counts) =>
        new(counts[BulkItemStatus.Done], counts[BulkItemStatus.Failed], counts[BulkItemStatus.Pending]);

    // Undo works through the items the run did: those still Done are the ones left to put back.
    private static Progress UndoProgress(BulkRunCounts counts) =>
        new(counts[BulkItemStatus.Undone], counts[BulkItemStatus.UndoFailed], counts[BulkItemStatus.Done]);

    private static string ProgressLine(BulkRunState state, Progress progress, BulkProgressRate? rate, bool undoing)
    {
        var parts = new List<string>
        {
            $"{BulkCardText.Number(progress.Done)} of {BulkCardText.Number(progress.Total)} {(undoing ? "undone" : "done")}",
            undoing ? $"{BulkCardText.Number(progress.Failed)} could not be undone" : $"{BulkCardText.Number(progress.Failed)} failed",
        };
        if (state == BulkRunState.Cancelled)
        {
            parts.Add($"{BulkCardText.Number(progress.Remaining)} not done");
        }
        else if (progress.Remaining > 0 || state is not (BulkRunState.Completed or BulkRunState.Undone))
        {
            parts.Add($"{BulkCardText.Number(progress.Remaining)} remaining");
        }

        if (state is BulkRunState.Running or BulkRunState.Undoing && rate is { PerSecond: > 0 and < double.PositiveInfinity } r)
        {
            parts.Add(Speed(r.PerSecond));
            if (progress.Remaining > 0)
            {
                parts.Add(TimeLeft(progress.Remaining / r.PerSecond));
            }
        }

        return string.Join(Separator, parts);
    }

    private static string Speed(double perSecond) => perSecond switch
    {
        >= 10 => $"{perSecond.ToString("N0", CultureInfo.InvariantCulture)} a second",
        >= 1 => $"{perSecond.ToString("0.#", CultureInfo.InvariantCulture)} a second",
        _ => $"{Math.Max(1, Math.Round(perSecond * 60)).ToString("N0", CultureInfo.InvariantCulture)} a minute",
    };

    private static string TimeLeft(double seconds)
    {
        if (seconds < 60)
        {
            return "less than a minute left";
        }

        if (seconds < 59.5 * 60)
        {
            var minutes = (int)Math.Round(seconds / 60);
            return minutes == 1 ? "about 1 minute left" : $"about {minutes} minutes left";
        }

        if (seconds < 48 * 3600)
        {
            var hours = (int)Math.Round(seconds / 3600);
            return hours == 1 ? "about 1 hour left" : $"about {hours} hours left";
        }

        return $"about {Math.Round(seconds / 86400).ToString("N0", CultureInfo.InvariantCulture)} days left";
    }

    /// <summary>
    /// A bar made of one column per part, each as wide as its share (weights in thousandths, at least 1 so a small
    /// part stays visible) and coloured by its container style; an invisible space gives the columns their height.
    /// </summary>
    private static ColumnSet Bar(Progress progress)
    {
        var columns = new List<Column>();
        void Part(int count, ContainerStyle style, string id)
        {
            if (count <= 0)
            {
                return;
            }

            var weight = Math.Max(1, (int)Math.Round(1000.0 * count / progress.Total));
            columns.Add(new Column
            {
                Id = id,
                Width = ColumnWidth.Relative(weight),
                Style = style,
                Spacing = columns.Count > 0 ? Spacing.None : null,
                Items = [new TextBlock { Text = "\u00A0", Size = TextSize.Small }],
            });
        }

        Part(progress.Done, ContainerStyle.Good, "progressDone");
        Part(progress.Failed, ContainerStyle.Attention, "progressFailed");
        Part(progress.Remaining, ContainerStyle.Emphasis, "progressRemaining");
        return new ColumnSet { Id = "progressBar", Columns = columns, Spacing = Spacing.Medium };
    }
}
