using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace BotAlias.TestSupport.Tokens;

/// <summary>A token before signing, for tests that forge one.</summary>
public sealed class TokenParts
{
    public required JsonObject Header { get; init; }

    public required JsonObject Payload { get; init; }

    /// <summary>The key that signs; replace it to forge a signature.</summary>
    public RSA? SigningKey { get; set; }

    /// <summary>When set, signs with HMAC-SHA256 under this secret instead of RSA.</summary>
    public byte[]? HmacSecret { get; set; }

    /// <summary>When true, the signature part is left empty (as <c>alg: none</c> tokens are).</summary>
    public bool OmitSignature { get; set; }

    public string Encode()
    {
        var signingInput = Encode(Header) + "." + Encode(Payload);
        var bytes = Encoding.ASCII.GetBytes(signingInput);
        if (OmitSignature)
        {
            return signingInput + ".";
        }

        byte[] signature;
        if (HmacSecret is not null)
        {
            signature = HMACSHA256.HashData(HmacSecret, bytes);
        }
        else
        {
            var hash = (string?)Header["alg"] switch
            {
                "RS384" => HashAlgorithmName.SHA384,
                "RS512" => HashAlgorithmName.SHA512,
                _ => HashAlgorithmName.SHA256,
            };
            signature = SigningKey!.SignData(bytes, hash, RSASignaturePadding.Pkcs1);
        }

        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
