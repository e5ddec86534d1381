namespace BotAlias.BotFramework.Connector;

/// <summary>Supplies the bearer token for calls to the connector; null in anonymous mode.</summary>
public interface IConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
