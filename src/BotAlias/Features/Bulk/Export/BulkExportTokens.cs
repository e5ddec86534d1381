using System.Security.Cryptography;
using System.Text.Json;
using BotAlias.Core.Bulk;
using Microsoft.AspNetCore.DataProtection;

namespace BotAlias.Features.Bulk.Export;

/// <summary>
/// Seals a ticket into a CSV link's token with ASP.NET Data Protection, as <see cref="AuditExport.AuditExportTokens"/>
/// does, under a purpose of its own: an audit export token cannot be replayed here, nor this one there.
/// </summary>
/// <remarks>
/// The time-limited protector checks the expiry against the system clock; the download checks the ticket's copy
/// against <see cref="TimeProvider"/> too, so tests can move time.
/// </remarks>
public sealed class BulkExportTokens(IDataProtectionProvider provider)
{
    public const string Purpose = "BotAlias.BulkExport.v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public static string NewTokenId() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <returns>URL-safe text (base64url).</returns>
    public string Seal(BulkExportTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return _protector.Protect(JsonSerializer.Serialize(ticket, Json), ticket.ExpiresAt);
    }

    /// <returns>The ticket, or null when the token was not sealed by this bot for this purpose, was changed, or is past its expiry.</returns>
    public BulkExportTicket? Open(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            var ticket = JsonSerializer.Deserialize<BulkExportTicket>(_protector.Unprotect(token, out _), Json);
            return ticket is { TokenId.Length: > 0, AdminId.Length: > 0 } && BulkRunId.LooksValid(ticket.RunId) ? ticket : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            // Not base64url at all: a truncated or hand-edited link.
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
