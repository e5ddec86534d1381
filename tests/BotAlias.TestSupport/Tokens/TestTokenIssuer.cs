using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotAlias.TestSupport.Tokens;

/// <summary>
/// Plays Azure Bot Service's token issuer: an RSA key published as a JWKS (with Bot Framework's
/// <c>endorsements</c>) and tokens signed with it. Every claim and header can be bent to forge tokens.
/// </summary>
public sealed class TestTokenIssuer : IDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public TestTokenIssuer(string keyId = "test-key-1", params string[] endorsements)
    {
        KeyId = keyId;
        Key = RSA.Create(2048);
        Endorsements = endorsements.Length == 0 ? ["msteams"] : endorsements;
    }

    public string KeyId { get; }

    public RSA Key { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public JsonObject Jwk()
    {
        var parameters = Key.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            ["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
        };
    }

    /// <summary>A valid Bot Framework channel token for the given audience and serviceUrl, unless <paramref name="bend"/> says otherwise.</summary>
    public string Mint(string audience, string serviceUrl, Action<TokenParts>? bend = null)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var parts = new TokenParts
        {
            Header = new JsonObject { ["alg"] = "RS256", ["kid"] = KeyId, ["typ"] = "JWT" },
            Payload = new JsonObject
            {
                ["iss"] = BotFrameworkIssuer,
                ["aud"] = audience,
                ["serviceurl"] = serviceUrl,
                ["nbf"] = now - 60,
                ["iat"] = now - 60,
                ["exp"] = now + 3600,
            },
            SigningKey = Key,
        };
        bend?.Invoke(parts);
        return parts.Encode();
    }

    public void Dispose() => Key.Dispose();
}
