using System.Text.Json.Nodes;
using BotAlias.AdaptiveCards;
using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk.Cards;

/// <summary>Parts the bulk cards share, so the dry run, the approval and the report read the same.</summary>
public static class BulkCardSections
{
    public const int MaxSamples = 5;

    public static IReadOnlyList<Fact> CountFacts(BulkRunCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return
        [
            new("To change", BulkCardText.Number(counts[BulkItemStatus.Pending])),
            new("Already done", BulkCardText.Number(counts[BulkItemStatus.AlreadyDone])),
            new("Conflicts", BulkCardText.Number(counts[BulkItemStatus.Conflict])),
            new("Invalid", BulkCardText.Number(counts[BulkItemStatus.Invalid])),
            new("Synced from on-premises", BulkCardText.Number(counts[BulkItemStatus.Synced])),
        ];
    }

    /// <summary>The card data every action of a run carries: its id, and the version the card showed.</summary>
    public static JsonObject RunData(BulkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new JsonObject { ["runId"] = run.Id, ["version"] = run.Version };
    }

    public static void AddSamples(List<CardElement> body, string heading, IReadOnlyList<BulkItem> samples)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return;
        }

        body.Add(new TextBlock { Text = heading, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
        body.AddRange(samples.Take(MaxSamples).Select(item => new TextBlock { Text = "\u2022 " + BulkCardText.ChangeLine(item), Wrap = true, Spacing = Spacing.None }));
    }

    /// <summary>A heading such as "Problems (first 10 of 42)", one line per item with its reason, and a pointer to the CSV for the rest.</summary>
    public static void AddItems(List<CardElement> body, string heading, IReadOnlyList<BulkItem> items, int max, int total, string? note)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return;
        }

        var shown = items.Take(max).ToList();
        var title = total > shown.Count
            ? $"{heading} ({BulkCardText.Number(shown.Count)} of {BulkCardText.Number(total)} shown; the CSV has them all)"
            : heading;
        body.Add(new TextBlock { Text = title, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium });
        if (note is not null)
        {
            body.Add(new TextBlock { Text = note, Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        }

        body.AddRange(shown.Select(item => new TextBlock { Text = BulkCardText.ProblemLine(item), Wrap = true, Spacing = Spacing.Small }));
    }

    public static void AddCsvLink(List<CardElement> body, Uri? csvLink, int rows)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (csvLink is null)
        {
            return;
        }

        var title = rows == 1 ? "Download the 1 row as CSV" : $"Download all {BulkCardText.Number(rows)} rows as CSV";
        body.Add(new ActionSet { Actions = [new OpenUrlAction { Title = title, Url = csvLink.AbsoluteUri }], Spacing = Spacing.Medium });
    }
}
