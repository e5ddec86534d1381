using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk.Cards;

/// <summary>
/// The dry run's summary for the admin who asked: what would change, the counts, examples, the first problems, the
/// full list as CSV, and Send for approval / Discard. It says plainly that nothing has been changed.
/// </summary>
public static class BulkDryRunCard
{
    public const int MaxSamples = BulkCardSections.MaxSamples;
    public const int MaxProblems = 10;

    public const string NothingChanged = "Nothing has been changed.";

    public const string NothingToChange =
        "There is nothing to change: every mailbox is already done or has a problem listed below. Fix those in the directory or choose another pattern, then start a new dry run.";

    public const string AcceptSuggestionsInput = "acceptSuggestions";

    /// <param name="samplesToChange">Pending items to show as examples; the first <see cref="MaxSamples"/> are shown.</param>
    /// <param name="firstProblems">Conflicts, invalid and synced items in sequence order; the first <see cref="MaxProblems"/> are shown.</param>
    /// <param name="offerSubmit">Whether to show Send for approval and Discard (the requester, while the run is a dry run).</param>
    /// <param name="suggestionCount">
    /// How many conflicts of the whole run have a suggestion. When null it is counted in <paramref name="firstProblems"/>,
    /// which is exact only when they are all the run's problems; otherwise the toggle does not give a number.
    /// </param>
    public static AdaptiveCard Create(
        BulkRun run,
        BulkRunCounts counts,
        IReadOnlyList<BulkItem> samplesToChange,
        IReadOnlyList<BulkItem> firstProblems,
        Uri? csvLink,
        bool offerSubmit,
        int? suggestionCount = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(samplesToChange);
        ArgumentNullException.ThrowIfNull(firstProblems);

        var problemCount = counts[BulkItemStatus.Conflict] + counts[BulkItemStatus.Invalid] + counts[BulkItemStatus.Synced];
        var suggestionsShown = firstProblems.Count(p => p.Status == BulkItemStatus.Conflict && p.Suggestion is not null);
        int? suggestions = suggestionCount ?? (firstProblems.Count >= problemCount ? suggestionsShown : suggestionsShown > 0 ? null : 0);
        var anySuggestion = suggestions is null or > 0;
        var pending = counts[BulkItemStatus.Pending];

        var body = new List<CardElement>
        {
            new TextBlock { Text = $"Bulk change {run.Id}: dry run", Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Style = TextBlockStyle.Heading },
            new TextBlock { Text = BulkCardText.Describe(run), Wrap = true },
            new TextBlock { Text = NothingChanged, Wrap = true, Weight = TextWeight.Bolder, Color = TextColor.Good },
        };
        if (run.State != BulkRunState.DryRun)
        {
            body.Add(new TextBlock { Text = BulkCardText.StateLine(run, counts), Wrap = true, Weight = TextWeight.Bolder, Color = BulkCardText.StateColor(run.State) });
        }

        body.Add(new FactSet { Facts = BulkCardSections.CountFacts(counts) });

        if (pending == 0 && !anySuggestion)
        {
            body.Add(new TextBlock { Text = NothingToChange, Wrap = true, Color = TextColor.Warning, Weight = TextWeight.Bolder });
        }

        BulkCardSections.AddSamples(body, "For example", samplesToChange);
        BulkCardSections.AddItems(body, "Problems", firstProblems, MaxProblems, problemCount, "They are left as they are.");
        BulkCardSections.AddCsvLink(body, csvLink, counts.Total);

        var actions = new List<CardAction>();
        if (offerSubmit)
        {
            if (anySuggestion)
            {
                body.Add(new ToggleInput
                {
                    Id = AcceptSuggestionsInput,
                    Title = suggestions is { } n
                        ? n == 1 ? "Use the 1 suggested address" : $"Use the {BulkCardText.Number(n)} suggested addresses"
                        : "Use the suggested addresses for the conflicts that have one",
                    Value = "false",
                    ValueOn = "true",
                    ValueOff = "false",
                    Spacing = Spacing.Medium,
                });
                if (pending == 0)
                {
                    body.Add(new TextBlock { Text = "Only the suggested addresses are left to change: tick the box to use them.", Wrap = true, IsSubtle = true, Spacing = Spacing.None });
                }
            }

            var data = BulkCardSections.RunData(run);
            if (pending > 0 || anySuggestion)
            {
                actions.Add(new ExecuteAction { Title = "Send for approval", Verb = BulkVerbs.Submit, Style = ActionStyle.Positive, Data = data.DeepClone().AsObject() });
            }

            actions.Add(new ExecuteAction { Title = "Discard", Verb = BulkVerbs.Discard, Data = data.DeepClone().AsObject(), AssociatedInputs = AssociatedInputs.None });
        }

        return new AdaptiveCard { Body = body, Actions = actions.Count > 0 ? actions : null };
    }
}
