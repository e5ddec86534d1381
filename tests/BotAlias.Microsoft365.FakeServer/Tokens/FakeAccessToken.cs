using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotAlias.Microsoft365.FakeServer.Tokens;

/// <summary>
/// An app-only access token shaped as Entra issues them (a JWT with aud, tid, appid, roles, exp). The fakes
/// read its claims to refuse a wrong audience, tenant or missing permission as the real services do; they
/// cannot check Entra's signature, so the token carries none.
/// </summary>
public sealed record FakeAccessToken(string Audience, string TenantId, string AppId, IReadOnlyList<string> Roles, DateTimeOffset ExpiresOn)
{
    public string Encode()
    {
        var header = new JsonObject { ["typ"] = "JWT", ["alg"] = "none" };
        var payload = new JsonObject
        {
            ["aud"] = Audience,
            ["iss"] = $"https://sts.windows.net/{TenantId}/",
            ["tid"] = TenantId,
            ["appid"] = AppId,
            ["idtyp"] = "app",
            ["roles"] = new JsonArray([.. Roles.Select(r => JsonValue.Create(r))]),
            ["exp"] = ExpiresOn.ToUnixTimeSeconds(),
            ["nbf"] = ExpiresOn.AddHours(-1).ToUnixTimeSeconds(),
        };
        return $"{Base64Url(header.ToJsonString())}.{Base64Url(payload.ToJsonString())}.";
    }

    /// <summary>Reads a token's claims; null when it is not a JWT of this shape.</summary>
    public static FakeAccessToken? TryDecode(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = JsonNode.Parse(FromBase64Url(parts[1]))!.AsObject();
            var roles = payload["roles"] is JsonArray array ? array.Select(r => r!.GetValue<string>()).ToList() : [];
            return new FakeAccessToken(
                payload["aud"]!.GetValue<string>(),
                payload["tid"]!.GetValue<string>(),
                payload["appid"]?.GetValue<string>() ?? string.Empty,
                roles,
                DateTimeOffset.FromUnixTimeSeconds(payload["exp"]!.GetValue<long>()));
        }
        catch (Exception e) when (e is JsonException or FormatException or NullReferenceException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
        return Encoding.UTF8.GetString(Convert.FromBase64String(s));
    }
}
