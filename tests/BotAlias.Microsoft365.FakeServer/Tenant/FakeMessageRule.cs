namespace BotAlias.Microsoft365.FakeServer.Tenant;

/// <summary>An inbox rule with the parts BotAlias uses: a redirect to one address.</summary>
public sealed class FakeMessageRule
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");

    public required string DisplayName { get; set; }

    public int Sequence { get; set; } = 1;

    public bool IsEnabled { get; set; } = true;

    public List<string> RedirectTo { get; } = [];

    public bool StopProcessingRules { get; set; }
}
