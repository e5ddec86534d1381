using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace BotAlias.Features.AliasRequests;

/// <summary>
/// The channel thread a form came from travels in the card's hidden data, which the client could
/// rewrite. It is sealed for the person it was shown to, so nobody can make the bot post into a
/// conversation of their choosing.
/// </summary>
public sealed class OriginProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("BotAlias.AliasRequests.Origin.v1");

    public string Seal(string userId, string conversationId) => _protector.Protect(userId + "\n" + conversationId);

    /// <returns>The conversation id, or null when the value was not sealed by us for this person.</returns>
    public string? Open(string userId, string sealedOrigin)
    {
        if (sealedOrigin.Length == 0)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(sealedOrigin).Split('\n', 2);
            return parts.Length == 2 && parts[0] == userId ? parts[1] : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
