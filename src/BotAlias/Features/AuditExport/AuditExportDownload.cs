using System.Text;
using System.Text.Json;
using BotAlias.BotFramework.State;
using BotAlias.Core.Audit;
using BotAlias.Features.People;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BotAlias.Features.AuditExport;

/// <summary>
/// GET /audit/export?t=...: the CSV for a link the bot handed out. The token alone is the credential (there is no
/// sign-in on this page), so it is sealed, short-lived and single-use, and the admin it names must still be an admin.
/// Every refusal is a short plain-text line; every download is audited.
/// </summary>
public sealed class AuditExportDownload(
    AuditExportTokens tokens,
    ActorResolver actors,
    IBotStateStore state,
    IAuditLog audit,
    IOptions<AuditExportOptions> options,
    TimeProvider clock,
    ILogger<AuditExportDownload> logger)
{
    public const string AskAgain = "Type \"export audit\" to BotAlias for a new link.";
    public const string Invalid = "This download link is not valid: it was changed, cut short or has expired. " + AskAgain;
    public const string Expired = "This download link has expired. " + AskAgain;
    public const string AlreadyUsed = "This download link has already been used; each link works once. " + AskAgain;
    public const string NoLongerAdmin = "This download is refused: the person it was made for is no longer a BotAlias admin.";

    // Excel reads a CSV without a byte order mark in the local code page and garbles names such as "José".
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        // The token is in the address: keep it out of caches and out of the Referer of anything the file links to.
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        var cancellationToken = context.RequestAborted;

        var ticket = tokens.Open(context.Request.Query[AuditExportLink.TokenParameter].ToString());
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

        var usedKey = $"audit-export/used/{ticket.TokenId}";
        if (await state.ReadAsync(usedKey, cancellationToken) is not null)
        {
            await RefuseAsync(response, StatusCodes.Status410Gone, AlreadyUsed);
            return;
        }

        if (!await actors.IsAdminAsync(ticket.AdminId, cancellationToken))
        {
            await AppendAsync(ticket, AuditExportActions.Refused, new { tokenId = ticket.TokenId, reason = "no longer an admin" });
            await RefuseAsync(response, StatusCodes.Status403Forbidden, NoLongerAdmin);
            return;
        }

        var maxRows = options.Value.MaxRows;
        var range = ticket.Range;
        var entries = await audit.ListBetweenAsync(range.StartsAt, range.EndsBefore, maxRows + 1, cancellationToken);

        // Claimed before the first byte goes out: of two racing requests, exactly one gets the insert-only write.
        var claim = await state.WriteAsync(usedKey, JsonSerializer.Serialize(new { usedAt = clock.GetUtcNow() }), expectedVersion: null, cancellationToken);
        if (claim is null)
        {
            await RefuseAsync(response, StatusCodes.Status410Gone, AlreadyUsed);
            return;
        }

        var truncated = entries.Count > maxRows;
        var rows = 0;
        var completed = false;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"botalias-audit_{range.From:yyyy-MM-dd}_{range.To:yyyy-MM-dd}.csv",
        }.ToString();
        try
        {
            await using var writer = new StreamWriter(response.Body, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true);
            var csv = new AuditCsvWriter(writer);
            await csv.WriteHeaderAsync(cancellationToken);
            foreach (var entry in entries.Take(maxRows))
            {
                await csv.WriteEntryAsync(entry, cancellationToken);
                rows++;
            }

            if (truncated)
            {
                await csv.WriteNoteAsync($"Only the first {maxRows} entries of this range are in this file. Export a shorter range for the rest.", cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
            completed = true;
        }
        finally
        {
            // Audited even when the browser went away mid-file: part of the log may have left the building.
            await AppendAsync(ticket, AuditExportActions.Exported, new { tokenId = ticket.TokenId, from = range.From, to = range.To, rows, truncated, completed });
        }
    }

    private async Task AppendAsync(AuditExportTicket ticket, string action, object details)
    {
        try
        {
            await audit.AppendAsync(new AuditEntry
            {
                At = clock.GetUtcNow(),
                ActorId = ticket.AdminId,
                ActorName = ticket.AdminName,
                Action = action,
                Details = JsonSerializer.Serialize(details),
            }, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not audit {Action} for token {TokenId} by {AdminId}.", action, ticket.TokenId, ticket.AdminId);
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
