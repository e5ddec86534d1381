using System.Text.Json;

namespace BotAlias.BotFramework.Schema;

/// <summary>Body of <c>POST /v3/conversations</c> (create a conversation, e.g. a proactive 1:1).</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount> Members { get; init; } = [];

    public string? TenantId { get; init; }

    public JsonElement? ChannelData { get; init; }

    public Activity? Activity { get; init; }
}
