using Azure.Core;
using Azure.Identity;
using BotAlias.BotFramework.Configuration;
using Microsoft.Extensions.Options;

namespace BotAlias.BotFramework.Connector;

/// <summary>
/// Client-credentials tokens for the Bot Connector, from the credential the registration's app type
/// implies. Azure.Identity caches and renews the token.
/// </summary>
public sealed class AzureIdentityConnectorTokenProvider(IOptions<BotFrameworkOptions> options) : IConnectorTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>Tenant used for MultiTenant registrations, per the connector authentication docs.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    private readonly TokenCredential _credential = CreateCredential(options.Value);

    public TokenCredential Credential => _credential;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = await _credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
        return token.Token;
    }

    public static TokenCredential CreateCredential(BotFrameworkOptions options)
    {
        var appId = options.MicrosoftAppId ?? throw new InvalidOperationException("MicrosoftAppId is required for connector tokens.");
        return options.MicrosoftAppType switch
        {
            MicrosoftAppType.UserAssignedMsi => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId)),
            MicrosoftAppType.SingleTenant => new ClientSecretCredential(
                options.MicrosoftAppTenantId ?? throw new InvalidOperationException("MicrosoftAppTenantId is required for a SingleTenant bot."),
                appId,
                options.MicrosoftAppPassword ?? throw new InvalidOperationException("MicrosoftAppPassword is required for a SingleTenant bot.")),
            MicrosoftAppType.MultiTenant => new ClientSecretCredential(
                MultiTenantAuthority,
                appId,
                options.MicrosoftAppPassword ?? throw new InvalidOperationException("MicrosoftAppPassword is required for a MultiTenant bot.")),
            _ => throw new InvalidOperationException($"Unknown MicrosoftAppType {options.MicrosoftAppType}."),
        };
    }
}
