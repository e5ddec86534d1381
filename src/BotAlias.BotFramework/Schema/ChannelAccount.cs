namespace BotAlias.BotFramework.Schema;

/// <summary>A user or bot on a channel (<c>29:...</c> users and <c>28:...</c> bots in Teams).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }
}
