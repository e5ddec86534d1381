using System.Buffers.Text;
using System.Net;
using System.Text;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.TestSupport.Tokens;

namespace BotAlias.IntegrationTests.Authentication;

/// <summary>
/// The forgery suite: with MicrosoftAppId set, only a token Azure Bot Service could have issued for
/// this bot, this channel and this serviceUrl reaches a handler. Everything else is a 401 and silence.
/// </summary>
public sealed class AuthenticationSuiteTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>, IDisposable
{
    private const string AppId = AuthenticatedBotFixture.AppId;
    private const string ServiceUrl = AuthenticatedBotFixture.ServiceUrl;
    private readonly BotAliasFactory _bot = fixture.CreateBot();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task A_valid_token_reaches_the_bot_and_the_reply_carries_the_outbound_token()
    {
        using var response = await Post("Bearer " + fixture.Issuer.Mint(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _bot.Handler!.Calls);
        var reply = Assert.Single(await _bot.Connector.WaitForCallsAsync(1));
        Assert.Equal("Bearer outbound-test-token", reply.Authorization);
        Assert.StartsWith(ServiceUrl + "v3/conversations/", reply.Url.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task The_other_allowed_RSA_algorithms_are_accepted(string alg)
    {
        using var response = await Post("Bearer " + fixture.Issuer.Mint(AppId, ServiceUrl, t => t.Header["alg"] = alg));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Clock_skew_of_under_five_minutes_is_tolerated()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var response = await Post("Bearer " + fixture.Issuer.Mint(AppId, ServiceUrl, t => t.Payload["exp"] = now - 120));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> Forgeries() =>
    [
        "wrong issuer",
        "wrong audience",
        "expired",
        "not yet valid",
        "no expiry",
        "bad signature",
        "signed by a stranger's key under a known kid",
        "alg none",
        "HS256 with the public key as secret",
        "unknown kid",
        "serviceUrl mismatch",
        "no serviceurl claim",
        "five-part JWE",
        "missing header",
        "not a bearer scheme",
        "garbled token",
    ];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_or_broken_token_gets_401_and_reaches_no_handler(string forgery)
    {
        using var response = await Post(Header(forgery));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _bot.Handler?.Calls ?? 0);
        Assert.Empty(_bot.Connector.Calls);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_key_without_the_channel_endorsement_is_refused()
    {
        using var response = await Post("Bearer " + fixture.WebChatOnlyIssuer.Mint(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _bot.Handler?.Calls ?? 0);
    }

    private string? Header(string forgery)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var issuer = fixture.Issuer;
        string Mint(Action<TokenParts> bend) => "Bearer " + issuer.Mint(AppId, ServiceUrl, bend);
        return forgery switch
        {
            "wrong issuer" => Mint(t => t.Payload["iss"] = "https://sts.windows.net/attacker/"),
            "wrong audience" => Mint(t => t.Payload["aud"] = "00000000-1111-2222-3333-444444444444"),
            "expired" => Mint(t => t.Payload["exp"] = now - 600),
            "not yet valid" => Mint(t => t.Payload["nbf"] = now + 600),
            "no expiry" => Mint(t => t.Payload.Remove("exp")),
            "bad signature" => FlipSignatureBit(Mint(_ => { })),
            "signed by a stranger's key under a known kid" => Mint(t => t.SigningKey = fixture.StrangerIssuer.Key),
            "alg none" => Mint(t =>
            {
                t.Header["alg"] = "none";
                t.OmitSignature = true;
            }),
            "HS256 with the public key as secret" => Mint(t =>
            {
                t.Header["alg"] = "HS256";
                t.HmacSecret = Encoding.ASCII.GetBytes(issuer.Key.ExportSubjectPublicKeyInfoPem());
            }),
            "unknown kid" => Mint(t => t.Header["kid"] = "no-such-key"),
            "serviceUrl mismatch" => Mint(t => t.Payload["serviceurl"] = "https://attacker.example.net/"),
            "no serviceurl claim" => Mint(t => t.Payload.Remove("serviceurl")),
            "five-part JWE" => "Bearer eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00iLCJ6aXAiOiJERUYifQ.a2V5.aXY.Y2lwaGVy.dGFn",
            "missing header" => null,
            "not a bearer scheme" => "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("user:password")),
            "garbled token" => "Bearer !!!.???.***",
            _ => throw new ArgumentOutOfRangeException(nameof(forgery), forgery, null),
        };
    }

    private static string FlipSignatureBit(string header)
    {
        var parts = header["Bearer ".Length..].Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        signature[^1] ^= 0x01;
        parts[2] = Base64Url.EncodeToString(signature);
        return "Bearer " + string.Join('.', parts);
    }

    [Fact]
    public async Task Neither_the_app_password_nor_any_token_is_ever_logged()
    {
        var valid = fixture.Issuer.Mint(AppId, ServiceUrl);
        var forged = fixture.Issuer.Mint(AppId, ServiceUrl, t => t.Payload["aud"] = "someone-else");
        (await Post("Bearer " + valid)).Dispose();
        (await Post("Bearer " + forged)).Dispose();
        await _bot.Connector.WaitForCallsAsync(1);

        Assert.NotEmpty(_bot.Logs.Lines);
        Assert.Contains(_bot.Logs.Lines, l => l.Contains("audience is not this bot", StringComparison.Ordinal));
        foreach (var secret in new[] { "test-secret-never-logged", "outbound-test-token", valid.Split('.')[2], forged.Split('.')[2], valid.Split('.')[1] })
        {
            Assert.DoesNotContain(_bot.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_token_for_msteams_does_not_authenticate_an_activity_claiming_another_channel()
    {
        var activity = Activities.Message("help", serviceUrl: ServiceUrl);
        activity["channelId"] = "webchat";

        using var response = await _bot.PostActivityAsync(activity, "Bearer " + fixture.Issuer.Mint(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _bot.Handler?.Calls ?? 0);
    }

    private async Task<HttpResponseMessage> Post(string? authorization)
    {
        var activity = Activities.Message("help", serviceUrl: ServiceUrl);
        return await _bot.PostActivityAsync(activity, authorization);
    }
}
