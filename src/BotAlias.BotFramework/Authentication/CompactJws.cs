using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace BotAlias.BotFramework.Authentication;

/// <summary>
/// A JWT in JWS compact form (header.payload.signature). Anything else, JWE's five parts included,
/// is refused here, before any cryptography or decompression could run.
/// </summary>
internal sealed class CompactJws
{
    private const int MaxTokenLength = 16 * 1024;

    private CompactJws(JsonElement header, JsonElement payload, byte[] signingInput, byte[] signature)
    {
        Header = header;
        Payload = payload;
        SigningInput = signingInput;
        Signature = signature;
    }

    public JsonElement Header { get; }

    public JsonElement Payload { get; }

    public byte[] SigningInput { get; }

    public byte[] Signature { get; }

    public static CompactJws? TryParse(string token, out string failure)
    {
        failure = string.Empty;
        if (token.Length is 0 or > MaxTokenLength)
        {
            failure = "token empty or too long";
            return null;
        }

        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            failure = parts.Length == 5 ? "encrypted (JWE) tokens are not accepted" : "token is not a compact JWS";
            return null;
        }

        if (parts[0].Length == 0 || parts[1].Length == 0 || parts[2].Length == 0)
        {
            failure = "token has an empty part (unsigned tokens are not accepted)";
            return null;
        }

        var header = DecodeJsonObject(parts[0]);
        var payload = DecodeJsonObject(parts[1]);
        var signature = DecodeBase64Url(parts[2]);
        if (header is null || payload is null || signature is null)
        {
            failure = "token is not valid base64url JSON";
            return null;
        }

        var signingInput = Encoding.ASCII.GetBytes(token, 0, parts[0].Length + 1 + parts[1].Length);
        return new CompactJws(header.Value, payload.Value, signingInput, signature);
    }

    public string? HeaderString(string name) => StringProperty(Header, name);

    public string? ClaimString(string name) => StringProperty(Payload, name);

    public long? ClaimNumber(string name) =>
        Payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
            ? n
            : null;

    public IReadOnlyList<string> ClaimStrings(string name)
    {
        if (!Payload.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray(),
            _ => [],
        };
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement? DecodeJsonObject(string part)
    {
        var bytes = DecodeBase64Url(part);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static byte[]? DecodeBase64Url(string part)
    {
        // Base64Url throws on characters outside its alphabet rather than returning false.
        if (!Base64Url.IsValid(part))
        {
            return null;
        }

        var buffer = new byte[Base64Url.GetMaxDecodedLength(part.Length)];
        return Base64Url.TryDecodeFromChars(part, buffer, out var written) ? buffer[..written] : null;
    }
}
