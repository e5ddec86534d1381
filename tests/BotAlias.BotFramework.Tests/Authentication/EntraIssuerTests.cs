using BotAlias.BotFramework.Authentication;
using BotAlias.BotFramework.Configuration;
using BotAlias.BotFramework.Schema;
using BotAlias.TestSupport.Tokens;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Tests.Authentication;

/// <summary>SingleTenant bots also receive tokens issued by Entra for their own tenant.</summary>
public sealed class EntraIssuerTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Tenant = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private readonly TestTokenIssuer _entra = new("entra-key");
    private LocalOpenIdServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalOpenIdServer.StartAsync(_entra);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _entra.Dispose();
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0", AppId)]
    [InlineData("https://sts.windows.net/" + Tenant + "/", "api://" + AppId)]
    public async Task Tokens_from_the_bot_s_own_tenant_are_accepted(string issuer, string audience)
    {
        using var validator = CreateValidator(MicrosoftAppType.SingleTenant);

        var result = await validator.ValidateAsync(Mint(issuer, audience), Activity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Tokens_from_another_tenant_are_refused()
    {
        using var validator = CreateValidator(MicrosoftAppType.SingleTenant);

        var result = await validator.ValidateAsync(Mint("https://login.microsoftonline.com/ffffffff-0000-0000-0000-000000000000/v2.0", AppId), Activity(), CancellationToken.None);

        Assert.Equal("issuer not trusted", result.FailureReason);
    }

    [Fact]
    public async Task A_MultiTenant_bot_does_not_trust_tenant_issuers()
    {
        using var validator = CreateValidator(MicrosoftAppType.MultiTenant);

        var result = await validator.ValidateAsync(Mint("https://login.microsoftonline.com/" + Tenant + "/v2.0", AppId), Activity(), CancellationToken.None);

        Assert.Equal("issuer not trusted", result.FailureReason);
    }

    private string Mint(string issuer, string audience) =>
        _entra.Mint(audience, ServiceUrl, t => t.Payload["iss"] = issuer);

    private BotTokenValidator CreateValidator(MicrosoftAppType type) =>
        new(
            Options.Create(new BotFrameworkOptions
            {
                MicrosoftAppId = AppId,
                MicrosoftAppTenantId = Tenant,
                MicrosoftAppType = type,
                BotFrameworkOpenIdMetadataUrl = "http://127.0.0.1:9/unused",
                EntraOpenIdMetadataUrl = _server.MetadataUrl,
            }),
            new SimpleHttpClientFactory(),
            TimeProvider.System,
            NullLogger<BotTokenValidator>.Instance);

    private static Activity Activity() => new() { Type = "message", ChannelId = "msteams", ServiceUrl = ServiceUrl };
}
