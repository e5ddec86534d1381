using Azure.Identity;
using BotAlias.BotFramework.Configuration;
using BotAlias.BotFramework.Connector;

namespace BotAlias.BotFramework.Tests.Connector;

public sealed class ConnectorCredentialTests
{
    [Theory]
    [InlineData(MicrosoftAppType.SingleTenant, typeof(ClientSecretCredential))]
    [InlineData(MicrosoftAppType.MultiTenant, typeof(ClientSecretCredential))]
    [InlineData(MicrosoftAppType.UserAssignedMsi, typeof(ManagedIdentityCredential))]
    public void The_app_type_picks_the_credential(MicrosoftAppType type, Type expected)
    {
        var credential = AzureIdentityConnectorTokenProvider.CreateCredential(new BotFrameworkOptions
        {
            MicrosoftAppId = "6a1f4a8e-3a52-4c1c-9d0b-3c5f0b7c2e11",
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = "00000000-0000-0000-0000-0000000000001",
            MicrosoftAppType = type,
        });

        Assert.IsType(expected, credential);
    }
}
