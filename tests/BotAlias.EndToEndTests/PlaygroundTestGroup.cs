namespace BotAlias.EndToEndTests;

/// <summary>The tests that share one bot and one Agents Playground; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundTestGroup : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "BotAlias behind the Agents Playground";
}
