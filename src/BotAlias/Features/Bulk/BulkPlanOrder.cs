using System.Text.Json;
using System.Text.Json.Serialization;
using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk;

/// <summary>What the dry-run job needs: the checked form, who asked, and where to show the result.</summary>
public sealed record BulkPlanOrder
{
    public required string RunId { get; init; }

    public required string TenantId { get; init; }

    public required string RequesterId { get; init; }

    public required string RequesterName { get; init; }

    public required BulkAudience Audience { get; init; }

    public required BulkChangeSpec Change { get; init; }

    /// <summary>For a list: where its entries wait in the bot's state (<see cref="BulkLists"/>).</summary>
    public string? ListId { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>The card that asked, replaced by the dry run's result.</summary>
    public string? CardActivityId { get; init; }

    public string? SourceActivityKey { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize(BulkPlanOrder order) => JsonSerializer.Serialize(order, Json);

    /// <returns>Null for a payload that is not an order (a bug or a hand-edited row); the job then has nothing to do.</returns>
    public static BulkPlanOrder? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<BulkPlanOrder>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
