namespace BotAlias.BotFramework.State;

/// <summary>
/// What the bot needs to message a conversation later (proactively): where the connector is,
/// which conversation, and who the user and bot are in it.
/// </summary>
public sealed record ConversationReference
{
    public required string ChannelId { get; init; }

    public required string ServiceUrl { get; init; }

    public required string ConversationId { get; init; }

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public required string BotId { get; init; }

    public string? BotName { get; init; }

    /// <summary>The channel's id for the user (<c>29:...</c> in Teams).</summary>
    public required string UserId { get; init; }

    public string? UserName { get; init; }

    public string? UserAadObjectId { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
