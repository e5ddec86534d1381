namespace BotAlias.BotFramework.Connector;

/// <summary>For a local channel (the Agents Playground), which expects no token.</summary>
public sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
