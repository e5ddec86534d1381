using BotAlias.BotFramework.Connector;

namespace BotAlias.IntegrationTests.Authentication;

internal sealed class StaticConnectorTokenProvider(string token) : IConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
}
