namespace BotAlias.Microsoft365.FakeServer.Hosting;

/// <summary>Which Microsoft service a request was meant for, from its path.</summary>
public enum FakeService
{
    Graph,
    Exchange,
}
