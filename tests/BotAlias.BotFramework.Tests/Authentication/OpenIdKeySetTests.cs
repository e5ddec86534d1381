using BotAlias.BotFramework.Configuration;
using BotAlias.BotFramework.Schema;
using BotAlias.BotFramework.Authentication;
using BotAlias.TestSupport.Tokens;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Tests.Authentication;

public sealed class OpenIdKeySetTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private readonly TestTokenIssuer _issuer = new("key-a");
    private LocalOpenIdServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalOpenIdServer.StartAsync(_issuer);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _issuer.Dispose();
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_cached()
    {
        using var validator = CreateValidator();
        for (var i = 0; i < 5; i++)
        {
            var result = await validator.ValidateAsync(_issuer.Mint(AppId, ServiceUrl), TeamsActivity(), CancellationToken.None);
            Assert.True(result.Succeeded, result.FailureReason);
        }

        Assert.Equal(1, _server.JwksRequests);
    }

    [Fact]
    public async Task A_rotated_key_is_picked_up_when_a_token_names_its_kid()
    {
        var time = new ShiftedTimeProvider();
        using var validator = CreateValidator(time);
        Assert.True((await validator.ValidateAsync(_issuer.Mint(AppId, ServiceUrl), TeamsActivity(), CancellationToken.None)).Succeeded);

        using var rotated = new TestTokenIssuer("key-b");
        _server.Publish(rotated);
        time.Offset = TimeSpan.FromMinutes(6);

        var result = await validator.ValidateAsync(rotated.Mint(AppId, ServiceUrl), TeamsActivity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, _server.JwksRequests);
    }

    [Fact]
    public async Task Unknown_kids_do_not_make_the_validator_hammer_the_metadata_endpoint()
    {
        using var validator = CreateValidator();
        Assert.True((await validator.ValidateAsync(_issuer.Mint(AppId, ServiceUrl), TeamsActivity(), CancellationToken.None)).Succeeded);

        for (var i = 0; i < 20; i++)
        {
            var forged = _issuer.Mint(AppId, ServiceUrl, t => t.Header["kid"] = $"made-up-{i}");
            var result = await validator.ValidateAsync(forged, TeamsActivity(), CancellationToken.None);
            Assert.False(result.Succeeded);
        }

        Assert.Equal(1, _server.JwksRequests);
    }

    [Fact]
    public async Task An_unreachable_metadata_endpoint_is_reported_as_unavailable_not_as_a_bad_token()
    {
        var options = Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = AppId,
            BotFrameworkOpenIdMetadataUrl = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
        });
        using var validator = new BotTokenValidator(options, new SimpleHttpClientFactory(), TimeProvider.System, NullLogger<BotTokenValidator>.Instance);

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() =>
            validator.ValidateAsync(_issuer.Mint(AppId, ServiceUrl), TeamsActivity(), CancellationToken.None));
    }

    private BotTokenValidator CreateValidator(TimeProvider? clock = null) =>
        new(
            Options.Create(new BotFrameworkOptions { MicrosoftAppId = AppId, BotFrameworkOpenIdMetadataUrl = _server.MetadataUrl }),
            new SimpleHttpClientFactory(),
            clock ?? TimeProvider.System,
            NullLogger<BotTokenValidator>.Instance);

    private static Activity TeamsActivity() => new() { Type = "message", ChannelId = "msteams", ServiceUrl = ServiceUrl };
}
