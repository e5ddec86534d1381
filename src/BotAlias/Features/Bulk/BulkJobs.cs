using System.Text.Json.Nodes;
using BotAlias.Core.Outbox;

namespace BotAlias.Features.Bulk;

/// <summary>The durable jobs of bulk runs, and their payloads.</summary>
public static class BulkJobs
{
    public const string Plan = "bulk.plan";
    public const string NotifyApprovers = "bulk.notify-approvers";
    public const string Run = "bulk.run";
    public const string Status = "bulk.status";

    /// <summary>The dry run: reads the directory and stores the plan. Keyed by the run id chosen when the form was sent.</summary>
    public static OutboxMessage PlanJob(BulkPlanOrder order) => new()
    {
        Kind = Plan,
        Payload = BulkPlanOrder.Serialize(order),
        IdempotencyKey = $"{Plan}:{order.RunId}",
        Lane = order.RunId,
    };

    public static OutboxMessage NotifyApproversJob(string runId, string serviceUrl) => new()
    {
        Kind = NotifyApprovers,
        Payload = new JsonObject { ["runId"] = runId, ["serviceUrl"] = serviceUrl }.ToJsonString(),
        IdempotencyKey = $"{NotifyApprovers}:{runId}",
        Lane = runId,
    };

    /// <summary>
    /// One slice of the run. <paramref name="after"/> names what queued it (the version that started it, or the slice
    /// before), so a slice that runs twice after a crash queues the same next slice, not a second chain.
    /// </summary>
    public static OutboxMessage RunJob(string runId, string after, DateTimeOffset notBefore) => new()
    {
        Kind = Run,
        Payload = new JsonObject { ["runId"] = runId }.ToJsonString(),
        IdempotencyKey = $"{Run}:{runId}:{after}",
        Lane = runId,
        NotBefore = notBefore,
    };

    public static OutboxMessage StatusJob(string runId, long version, string? comment = null) => new()
    {
        Kind = Status,
        Payload = new JsonObject { ["runId"] = runId, ["comment"] = comment }.ToJsonString(),
        IdempotencyKey = $"{Status}:{runId}:{version}",
        Lane = runId,
    };

    public static string? RunId(string payload) => Read(payload, "runId");

    public static string? Read(string payload, string name) =>
        JsonNode.Parse(payload) is JsonObject json && json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
