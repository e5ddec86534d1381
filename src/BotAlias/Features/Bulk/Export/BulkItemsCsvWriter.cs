using System.Globalization;
using BotAlias.Core.Bulk;
using BotAlias.Features.AuditExport;

namespace BotAlias.Features.Bulk.Export;

/// <summary>
/// Writes a run's items as CSV, one row per mailbox (or unmatched list entry), one item at a time so 10,000 rows
/// never sit in memory as one string. Quoting (RFC 4180) and the protection against spreadsheet formulas are
/// <see cref="AuditCsvWriter.Field"/>'s: display names and reasons come from people and the directory.
/// </summary>
public sealed class BulkItemsCsvWriter(TextWriter writer)
{
    public static readonly IReadOnlyList<string> Columns =
        ["sequence", "display_name", "user_principal_name", "status", "address", "previous_primary", "suggestion", "reason"];

    public Task WriteHeaderAsync(CancellationToken cancellationToken) => WriteRowAsync(Columns, cancellationToken);

    public Task WriteItemAsync(BulkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return WriteRowAsync(
            [
                item.Sequence.ToString(CultureInfo.InvariantCulture),
                item.DisplayName,
                item.UserPrincipalName,
                Status(item.Status),
                item.Address?.Value,
                item.PreviousPrimary?.Value,
                item.Suggestion?.Value,
                item.Reason,
            ],
            cancellationToken);
    }

    /// <summary>The status as the file spells it: stable snake_case words a filter in a spreadsheet can match.</summary>
    public static string Status(BulkItemStatus status) => status switch
    {
        BulkItemStatus.Pending => "to_change",
        BulkItemStatus.AlreadyDone => "already_done",
        BulkItemStatus.Conflict => "conflict",
        BulkItemStatus.Invalid => "invalid",
        BulkItemStatus.Synced => "synced_from_on_premises",
        BulkItemStatus.Done => "done",
        BulkItemStatus.Failed => "failed",
        BulkItemStatus.Undone => "undone",
        BulkItemStatus.UndoFailed => "undo_failed",
        _ => status.ToString().ToLowerInvariant(),
    };

    private async Task WriteRowAsync(IReadOnlyList<string?> values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(",".AsMemory(), cancellationToken);
            }

            await writer.WriteAsync(AuditCsvWriter.Field(values[i]).AsMemory(), cancellationToken);
        }

        await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
    }
}
