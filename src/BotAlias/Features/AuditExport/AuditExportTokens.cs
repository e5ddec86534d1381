using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace BotAlias.Features.AuditExport;

/// <summary>
/// Seals a ticket into the link's token with ASP.NET Data Protection (authenticated encryption, keys in the data
/// folder), so nobody can read, widen or forge one, and it stops working at its expiry.
/// </summary>
/// <remarks>
/// The time-limited protector checks the expiry against the system clock, while the bot's clock is the
/// <see cref="TimeProvider"/>; the ticket carries the expiry too, and the download checks that one against
/// <see cref="TimeProvider"/>, so both clocks agree in production and tests can move time.
/// </remarks>
public sealed class AuditExportTokens(IDataProtectionProvider provider)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("BotAlias.AuditExport.v1").ToTimeLimitedDataProtector();

    public static string NewTokenId() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <returns>URL-safe text (base64url).</returns>
    public string Seal(AuditExportTicket ticket) =>
        _protector.Protect(JsonSerializer.Serialize(ticket, Json), ticket.ExpiresAt);

    /// <returns>The ticket, or null when the token was not sealed by this bot, was changed, or is past its expiry.</returns>
    public AuditExportTicket? Open(string token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            var ticket = JsonSerializer.Deserialize<AuditExportTicket>(_protector.Unprotect(token, out _), Json);
            return ticket is { TokenId.Length: > 0, AdminId.Length: > 0 } ? ticket : null;
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
