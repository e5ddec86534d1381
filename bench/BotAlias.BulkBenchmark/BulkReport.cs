using System.Globalization;

namespace BotAlias.BulkBenchmark;

/// <summary>The printed figures: one line per pass, then the dry-run and store details, then what the check found.</summary>
internal sealed class BulkReport(TextWriter output)
{
    private const string RowFormat = "{0,-24} {1,9} {2,7} {3,6} {4,9} {5,8} {6,8} {7,6} {8,8} {9,9}";

    public void Header()
    {
        output.WriteLine(Invariant(RowFormat, "directory", "mailboxes", "done", "failed", "elapsed", "items/s", "writes/s", "429s", "store %", "peak WS"));
    }

    public void Row(BulkPassResult pass)
    {
        output.WriteLine(Invariant(
            RowFormat,
            pass.Directory,
            pass.Mailboxes.ToString("N0", CultureInfo.InvariantCulture),
            pass.Done.ToString("N0", CultureInfo.InvariantCulture),
            pass.Failed.ToString("N0", CultureInfo.InvariantCulture),
            Seconds(pass.Run),
            pass.ItemsPerSecond.ToString("0.0", CultureInfo.InvariantCulture),
            pass.WritesPerSecond.ToString("0.0", CultureInfo.InvariantCulture),
            pass.Throttled?.ToString("N0", CultureInfo.InvariantCulture) ?? "-",
            pass.StoreShare.ToString("0%", CultureInfo.InvariantCulture),
            $"{pass.PeakWorkingSetBytes / (1024 * 1024)} MiB"));
    }

    public void Details(BulkPassResult pass, string? limits)
    {
        var planned = pass.Planned;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {pass.Directory}: dry run (plan) of {pass.Mailboxes:N0} mailboxes {Seconds(pass.DryRun)} (read mailboxes {Seconds(pass.ListMailboxes)}, address holders {Seconds(pass.ListHolders)}, plan {Seconds(pass.Plan)}): "
            + $"{planned[Core.Bulk.BulkItemStatus.Pending]:N0} pending, {planned[Core.Bulk.BulkItemStatus.AlreadyDone]:N0} already done, {planned[Core.Bulk.BulkItemStatus.Synced]:N0} synced, "
            + $"{planned[Core.Bulk.BulkItemStatus.Conflict]:N0} conflicts, {planned[Core.Bulk.BulkItemStatus.Invalid]:N0} invalid."));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {pass.Directory}: SQLite stored the dry run with its items in {Seconds(pass.StoreCreate)}; during the run the store took {Seconds(pass.StoreDuringRun)} of {Seconds(pass.Run)} ({pass.StoreShare:0%}); "
            + $"{pass.Slices} slice(s), {pass.Backoffs} back-off(s) waiting {Seconds(pass.BackoffWaited)}, {pass.Writes:N0} directory writes."));
        if (limits is not null)
        {
            output.WriteLine("  " + limits);
        }

        output.WriteLine(pass.Problems.Count == 0
            ? $"  {pass.Directory}: check passed: every mailbox due the address holds it exactly once, and no synced mailbox was changed."
            : $"  {pass.Directory}: CHECK FAILED:{Environment.NewLine}    " + string.Join(Environment.NewLine + "    ", pass.Problems));
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString(time.TotalSeconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " s";

    private static string Invariant(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
