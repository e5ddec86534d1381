using System.Text.Json.Nodes;
using BotAlias.Core.Outbox;

namespace BotAlias.Features.Offboarding;

/// <summary>The durable jobs of the offboarding flow, and their payloads.</summary>
public static class OffboardingJobs
{
    public const string NotifyApprover = "offboarding.notify-approver";
    public const string Run = "offboarding.run";
    public const string Status = "offboarding.status";
    public const string TellColleague = "offboarding.tell-colleague";

    public static OutboxMessage NotifyApproverJob(string requestId, string serviceUrl) => new()
    {
        Kind = NotifyApprover,
        Payload = new JsonObject { ["requestId"] = requestId, ["serviceUrl"] = serviceUrl }.ToJsonString(),
        IdempotencyKey = $"{NotifyApprover}:{requestId}",
        Lane = requestId,
    };

    /// <summary>
    /// Runs (or resumes) the plan, not before <paramref name="notBefore"/>: a scheduled run waits in the queue, so it
    /// survives restarts. One job per version that started it, so a retry queues a new run and a redelivery does not.
    /// </summary>
    public static OutboxMessage RunJob(string requestId, long version, DateTimeOffset notBefore) => new()
    {
        Kind = Run,
        Payload = new JsonObject { ["requestId"] = requestId }.ToJsonString(),
        IdempotencyKey = $"{Run}:{requestId}:{version}",
        Lane = requestId,
        NotBefore = notBefore,
    };

    /// <summary>Tells the requester (and updates the cards) that the request reached its current state.</summary>
    /// <param name="comment">The approver's comment, passed on to the requester with the decision.</param>
    public static OutboxMessage StatusJob(string requestId, long version, string? comment = null) => new()
    {
        Kind = Status,
        Payload = new JsonObject { ["requestId"] = requestId, ["comment"] = comment }.ToJsonString(),
        IdempotencyKey = $"{Status}:{requestId}:{version}",
        Lane = requestId,
    };

    public static OutboxMessage TellColleagueJob(string requestId) => new()
    {
        Kind = TellColleague,
        Payload = new JsonObject { ["requestId"] = requestId }.ToJsonString(),
        IdempotencyKey = $"{TellColleague}:{requestId}",
        Lane = requestId,
    };

    public static string? RequestId(string payload) => Read(payload, "requestId");

    public static string? Read(string payload, string name) =>
        JsonNode.Parse(payload) is JsonObject json && json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
