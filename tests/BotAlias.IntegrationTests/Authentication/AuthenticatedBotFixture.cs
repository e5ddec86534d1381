using BotAlias.BotFramework.Connector;
using BotAlias.IntegrationTests.Infrastructure;
using BotAlias.TestSupport.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace BotAlias.IntegrationTests.Authentication;

/// <summary>
/// The host configured as a registered bot (MicrosoftAppId set), trusting a local OpenID metadata
/// endpoint that publishes the test issuer's key.
/// </summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public const string AppId = "6a1f4a8e-3a52-4c1c-9d0b-3c5f0b7c2e11";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public TestTokenIssuer Issuer { get; } = new("bf-key-1", "msteams");

    public TestTokenIssuer StrangerIssuer { get; } = new("bf-key-1", "msteams");

    /// <summary>A published key that Bot Framework endorses for Web Chat only, not for Teams.</summary>
    public TestTokenIssuer WebChatOnlyIssuer { get; } = new("webchat-key", "webchat");

    public LocalOpenIdServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await LocalOpenIdServer.StartAsync(Issuer, WebChatOnlyIssuer);

    public BotAliasFactory CreateBot() =>
        new BotAliasFactory()
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "test-secret-never-logged")
            .With("MicrosoftAppTenantId", Activities.TenantId)
            .With("MicrosoftAppType", "SingleTenant")
            .With("BotFrameworkOpenIdMetadataUrl", Server.MetadataUrl)
            // Entra's token endpoint is out of reach here; the outbound token is what the connector checks, not us.
            .WithServices(s => s.AddSingleton<IConnectorTokenProvider>(new StaticConnectorTokenProvider("outbound-test-token")));

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Issuer.Dispose();
        StrangerIssuer.Dispose();
        WebChatOnlyIssuer.Dispose();
    }
}
