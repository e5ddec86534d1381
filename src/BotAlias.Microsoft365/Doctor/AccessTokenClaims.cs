using System.Buffers.Text;
using System.Text.Json;

namespace BotAlias.Microsoft365.Doctor;

/// <summary>
/// Reads the <c>roles</c> claim of the app's own access token, to tell an operator which application
/// permissions the tenant has actually granted. Diagnostics only: the token comes straight from Entra to
/// this process, is not validated here, and is never printed.
/// </summary>
public static class AccessTokenClaims
{
    /// <summary>The roles in the token's payload; empty when it has none or is not a JWT.</summary>
    public static IReadOnlyList<string> ReadRoles(string accessToken)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        var parts = accessToken.Split('.');
        if (parts.Length != 3)
        {
            return [];
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(parts[1]);
            using var document = JsonDocument.Parse(payload);
            if (!document.RootElement.TryGetProperty("roles", out var roles) || roles.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return roles.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList();
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return [];
        }
    }
}
