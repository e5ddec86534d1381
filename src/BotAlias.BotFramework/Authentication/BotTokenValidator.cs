using System.Security.Cryptography;
using BotAlias.BotFramework.Configuration;
using BotAlias.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Authentication;

/// <summary>
/// Validates the bearer token of an inbound activity the way Azure Bot Service requires
/// (botbuilder's JwtTokenExtractor, EndorsementsValidator and ChannelValidation): RS256/384/512 only,
/// a key from the issuer's published metadata, issuer, audience, lifetime with five minutes of skew,
/// the key's endorsement of the channel, and the <c>serviceurl</c> claim.
/// </summary>
public sealed class BotTokenValidator : IDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly BotFrameworkOptions _options;
    private readonly TimeProvider _clock;
    private readonly OpenIdKeySet _botFrameworkKeys;
    private readonly OpenIdKeySet? _entraKeys;
    private readonly string[] _entraIssuers;

    public BotTokenValidator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider clock, ILogger<BotTokenValidator> logger)
    {
        _options = options.Value;
        _clock = clock;
        var http = httpClientFactory.CreateClient(nameof(BotTokenValidator));
        _botFrameworkKeys = new OpenIdKeySet(http, new Uri(_options.BotFrameworkOpenIdMetadataUrl), clock, logger);

        var tenant = _options.MicrosoftAppTenantId;
        if (_options.MicrosoftAppType == MicrosoftAppType.SingleTenant && !string.IsNullOrWhiteSpace(tenant))
        {
            var url = _options.EntraOpenIdMetadataUrl.Replace("{tenantId}", Uri.EscapeDataString(tenant), StringComparison.Ordinal);
            _entraKeys = new OpenIdKeySet(http, new Uri(url), clock, logger);
            _entraIssuers = [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"];
        }
        else
        {
            _entraIssuers = [];
        }
    }

    public async Task<AuthenticationResult> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var jws = CompactJws.TryParse(token, out var parseFailure);
        if (jws is null)
        {
            return AuthenticationResult.Failed(parseFailure);
        }

        if (jws.HeaderString("enc") is not null || jws.HeaderString("zip") is not null || jws.Header.TryGetProperty("crit", out _))
        {
            return AuthenticationResult.Failed("token header uses unsupported features");
        }

        var hash = jws.HeaderString("alg") switch
        {
            "RS256" => HashAlgorithmName.SHA256,
            "RS384" => HashAlgorithmName.SHA384,
            "RS512" => HashAlgorithmName.SHA512,
            _ => default(HashAlgorithmName?),
        };
        if (hash is null)
        {
            return AuthenticationResult.Failed("signature algorithm not allowed");
        }

        if (jws.HeaderString("kid") is not { Length: > 0 } keyId)
        {
            return AuthenticationResult.Failed("token names no signing key");
        }

        // The issuer picks whose keys to trust; it is read before the signature is checked,
        // so the signature check below is what makes it true.
        var issuer = jws.ClaimString("iss");
        var isBotFramework = issuer == BotFrameworkIssuer;
        var keySet = isBotFramework ? _botFrameworkKeys : _entraIssuers.Contains(issuer) ? _entraKeys : null;
        if (keySet is null || issuer is null)
        {
            return AuthenticationResult.Failed("issuer not trusted");
        }

        var key = await keySet.FindAsync(keyId, cancellationToken);
        if (key is null)
        {
            return AuthenticationResult.Failed("signing key unknown");
        }

        if (!VerifySignature(key, jws, hash.Value))
        {
            return AuthenticationResult.Failed("signature invalid");
        }

        return CheckClaims(jws, activity, key, isBotFramework) is { } claimFailure
            ? AuthenticationResult.Failed(claimFailure)
            : AuthenticationResult.Authenticated(issuer);
    }

    private string? CheckClaims(CompactJws jws, Activity activity, SigningKey key, bool isBotFramework)
    {
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)ClockSkew.TotalSeconds;
        if (jws.ClaimNumber("exp") is not { } expires || now > expires + skew)
        {
            return "token expired or has no expiry";
        }

        if (jws.ClaimNumber("nbf") is { } notBefore && now + skew < notBefore)
        {
            return "token not yet valid";
        }

        var appId = _options.MicrosoftAppId;
        var audiences = jws.ClaimStrings("aud");
        var audienceOk = !string.IsNullOrWhiteSpace(appId)
            && audiences.Any(a => a == appId || (!isBotFramework && a == "api://" + appId));
        if (!audienceOk)
        {
            return "audience is not this bot";
        }

        if (isBotFramework && (string.IsNullOrEmpty(activity.ChannelId) || !key.Endorsements.Contains(activity.ChannelId)))
        {
            return "signing key is not endorsed for the activity's channel";
        }

        var serviceUrl = jws.ClaimString("serviceurl");
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "serviceurl claim does not match the activity";
        }

        return null;
    }

    private static bool VerifySignature(SigningKey key, CompactJws jws, HashAlgorithmName hash)
    {
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportParameters(key.Parameters);
            return rsa.VerifyData(jws.SigningInput, jws.Signature, hash, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _botFrameworkKeys.Dispose();
        _entraKeys?.Dispose();
    }
}
