using System.Text;
using System.Text.Json;
using BotAlias.Core.Audit;
using BotAlias.Core.Bulk;
using BotAlias.Features.People;
using Microsoft.Net.Http.Headers;

namespace BotAlias.Features.Bulk.Export;

/// <summary>
/// GET /bulk/export?t=...: every item of a run as CSV, for a link on a bulk card. The token alone is the credential
/// (there is no sign-in on this page), so it is sealed and short-lived, and the admin it names must still be an admin.
/// Every refusal is a short plain-text line; every download is audited.
/// </summary>
/// <remarks>
/// Unlike the audit export's, a link may be used more than once until it expires: it sits on a card that stays in
/// the chat, and the report is downloaded again after a retry or to hand it on. What it grants is narrow (one run's
/// list, to an admin) and every use is in the audit log.
/// </remarks>
public sealed class BulkExportDownload(
    BulkExportTokens tokens,
    ActorResolver actors,
    IBulkRunStore runs,
    IAuditLog audit,
    TimeProvider clock,
    ILogger<BulkExportDownload> logger)
{
    /// <summary>Items are read from the store this many at a time, so a run of any size streams in bounded memory.</summary>
    public const int PageSize = 1000;

    public const string AskAgain = "Type \"bulk BK-XXXXXX\" (the run's number) to BotAlias for a card with a new link.";
    public const string Invalid = "This download link is not valid: it was changed or cut short. " + AskAgain;
    public const string Expired = "This download link has expired. " + AskAgain;
    public const string NotFound = "This bulk change no longer exists.";
    public const string NoLongerAdmin = "This download is refused: the person it was made for is no longer a BotAlias admin.";
    public const string GetOnly = "Open this link in a browser to download the CSV.";

    // Excel reads a CSV without a byte order mark in the local code page and garbles names such as "José".
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        // The token is in the address: keep it out of caches and out of the Referer of anything the file links to.
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        var cancellationToken = context.RequestAborted;

        if (!HttpMethods.IsGet(context.Request.Method))
        {
            response.Headers.Allow = "GET";
            await RefuseAsync(response, StatusCodes.Status405MethodNotAllowed, GetOnly);
            return;
        }

        var ticket = tokens.Open(context.Request.Query[BulkExportLink.TokenParameter].ToString());
        if (ticket is null)
        {
            await RefuseAsync(response, StatusCodes.Status403Forbidden, Invalid);
            return;
        }

        if (clock.GetUtcNow() >= ticket.ExpiresAt)
        {
            await RefuseAsync(response, StatusCodes.Status410Gone, Expired);
            return;
        }

        if (!await actors.IsAdminAsync(ticket.AdminId, cancellationToken))
        {
            await AppendAsync(ticket, BulkExportActions.Refused, new { tokenId = ticket.TokenId, reason = "no longer an admin" });
            await RefuseAsync(response, StatusCodes.Status403Forbidden, NoLongerAdmin);
            return;
        }

        if (await runs.FindAsync(ticket.RunId, cancellationToken) is null)
        {
            await RefuseAsync(response, StatusCodes.Status404NotFound, NotFound);
            return;
        }

        var rows = 0;
        var completed = false;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = FileName(ticket.RunId) }.ToString();
        try
        {
            await using var writer = new StreamWriter(response.Body, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true);
            var csv = new BulkItemsCsvWriter(writer);
            await csv.WriteHeaderAsync(cancellationToken);
            var after = 0;
            while (true)
            {
                var page = await runs.ListItemsAsync(ticket.RunId, statuses: null, after, PageSize, cancellationToken);
                foreach (var item in page)
                {
                    await csv.WriteItemAsync(item, cancellationToken);
                    rows++;
                }

                // A short page is the last; a page that does not move forward would loop for ever.
                if (page.Count < PageSize || page[^1].Sequence <= after)
                {
                    break;
                }

                after = page[^1].Sequence;
            }

            await writer.FlushAsync(cancellationToken);
            completed = true;
        }
        finally
        {
            // Audited even when the browser went away mid-file: part of the list may have left the building.
            await AppendAsync(ticket, BulkExportActions.Exported, new { tokenId = ticket.TokenId, rows, completed });
        }
    }

    public static string FileName(string runId) => $"botalias-bulk_{runId}.csv";

    private async Task AppendAsync(BulkExportTicket ticket, string action, object details)
    {
        try
        {
            await audit.AppendAsync(new AuditEntry
            {
                At = clock.GetUtcNow(),
                ActorId = ticket.AdminId,
                ActorName = ticket.AdminName,
                Action = action,
                RequestId = ticket.RunId,
                Details = JsonSerializer.Serialize(details),
            }, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not audit {Action} for token {TokenId} of run {RunId} by {AdminId}.", action, ticket.TokenId, ticket.RunId, ticket.AdminId);
            throw;
        }
    }

    private static Task RefuseAsync(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(text + "\n", Encoding.UTF8);
    }
}
