using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace BotAlias.BotFramework.Authentication;

/// <summary>
/// The signing keys published behind one OpenID metadata document. Keys are cached for a day;
/// a token naming an unknown <c>kid</c> triggers a refresh, at most once per <see cref="MinimumRefreshInterval"/>
/// so forged kids cannot make us hammer the metadata endpoint.
/// </summary>
internal sealed class OpenIdKeySet(HttpClient http, Uri metadataUrl, TimeProvider clock, ILogger logger) : IDisposable
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private Dictionary<string, SigningKey> _keys = [];
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    /// <returns>The key, or null when no such key is published.</returns>
    /// <exception cref="SigningKeysUnavailableException">The metadata could not be read and nothing is cached.</exception>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - _fetchedAt < CacheLifetime && _keys.TryGetValue(keyId, out var cached))
        {
            return cached;
        }

        var stale = now - _fetchedAt >= CacheLifetime;
        if (!stale && now - _lastAttempt < MinimumRefreshInterval)
        {
            return null;
        }

        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            now = clock.GetUtcNow();
            if (now - _lastAttempt >= MinimumRefreshInterval || _keys.Count == 0)
            {
                _lastAttempt = now;
                await RefreshAsync(cancellationToken);
            }
        }
        finally
        {
            _refreshGate.Release();
        }

        return _keys.TryGetValue(keyId, out var key) ? key : null;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var metadata = await GetJsonAsync(metadataUrl, cancellationToken);
            if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksProperty)
                || !Uri.TryCreate(jwksProperty.GetString(), UriKind.Absolute, out var jwksUri))
            {
                throw new SigningKeysUnavailableException($"OpenID metadata at {metadataUrl} has no jwks_uri.");
            }

            using var jwks = await GetJsonAsync(jwksUri, cancellationToken);
            _keys = ParseKeys(jwks.RootElement);
            _fetchedAt = clock.GetUtcNow();
            logger.LogInformation("Loaded {Count} signing keys from {MetadataUrl}", _keys.Count, metadataUrl);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException or InvalidOperationException)
        {
            logger.LogError(ex, "Could not load signing keys from {MetadataUrl}", metadataUrl);
            if (_keys.Count == 0)
            {
                throw new SigningKeysUnavailableException($"Signing keys from {metadataUrl} are unavailable.", ex);
            }
        }
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    internal static Dictionary<string, SigningKey> ParseKeys(JsonElement jwks)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        if (!jwks.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return keys;
        }

        foreach (var jwk in array.EnumerateArray())
        {
            if (Text(jwk, "kty") != "RSA" || Text(jwk, "kid") is not { Length: > 0 } kid
                || Text(jwk, "use") is { } use && use != "sig")
            {
                continue;
            }

            var modulus = CompactJws.DecodeBase64Url(Text(jwk, "n") ?? string.Empty);
            var exponent = CompactJws.DecodeBase64Url(Text(jwk, "e") ?? string.Empty);
            if (modulus is not { Length: >= 256 } || exponent is not { Length: > 0 })
            {
                continue; // Keys under 2048 bits are not trusted.
            }

            var endorsements = new HashSet<string>(StringComparer.Ordinal);
            if (jwk.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String))
                {
                    endorsements.Add(item.GetString()!);
                }
            }

            keys[kid] = new SigningKey(kid, new RSAParameters { Modulus = modulus, Exponent = exponent }, endorsements);
        }

        return keys;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public void Dispose() => _refreshGate.Dispose();
}
