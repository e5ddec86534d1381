using System.Text.Json.Nodes;
using BotAlias.Core.Outbox;

namespace BotAlias.Features.AliasRequests;

/// <summary>The durable jobs of the alias flow, and their payloads.</summary>
public static class AliasJobs
{
    public const string NotifyApprover = "alias.notify-approver";
    public const string Provision = "alias.provision";
    public const string Status = "alias.status";
    public const string RemindApprover = "alias.remind";
    public const string EscalateApproval = "alias.escalate";

    public static OutboxMessage NotifyApproverJob(string requestId, string serviceUrl) => new()
    {
        Kind = NotifyApprover,
        Payload = new JsonObject { ["requestId"] = requestId, ["serviceUrl"] = serviceUrl }.ToJsonString(),
        IdempotencyKey = $"{NotifyApprover}:{requestId}",
        Lane = requestId,
    };

    /// <summary>Reminds the approvers of a request still pending at <paramref name="due"/>; one per request.</summary>
    public static OutboxMessage RemindApproverJob(string requestId, string serviceUrl, DateTimeOffset due) => new()
    {
        Kind = RemindApprover,
        Payload = new JsonObject { ["requestId"] = requestId, ["serviceUrl"] = serviceUrl }.ToJsonString(),
        IdempotencyKey = $"{RemindApprover}:{requestId}",
        Lane = requestId,
        NotBefore = due,
    };

    /// <summary>Also puts a request still pending at <paramref name="due"/> before the approver's manager or the approvers group; one per request.</summary>
    public static OutboxMessage EscalateApprovalJob(string requestId, string serviceUrl, DateTimeOffset due) => new()
    {
        Kind = EscalateApproval,
        Payload = new JsonObject { ["requestId"] = requestId, ["serviceUrl"] = serviceUrl }.ToJsonString(),
        IdempotencyKey = $"{EscalateApproval}:{requestId}",
        Lane = requestId,
        NotBefore = due,
    };

    public static OutboxMessage ProvisionJob(string requestId) => new()
    {
        Kind = Provision,
        Payload = new JsonObject { ["requestId"] = requestId }.ToJsonString(),
        IdempotencyKey = $"{Provision}:{requestId}",
        Lane = requestId,
    };

    /// <summary>Tells the requester (and updates the cards) that the request reached <paramref name="state"/>.</summary>
    public static OutboxMessage StatusJob(string requestId, string state) => new()
    {
        Kind = Status,
        Payload = new JsonObject { ["requestId"] = requestId, ["state"] = state }.ToJsonString(),
        IdempotencyKey = $"{Status}:{requestId}:{state}",
        Lane = requestId,
    };

    /// <summary>A one-off notice to the requester (e.g. the approver changed), with the status card refreshed.</summary>
    public static OutboxMessage NoticeJob(string requestId, string topic, string notice) => new()
    {
        Kind = Status,
        Payload = new JsonObject { ["requestId"] = requestId, ["notice"] = notice }.ToJsonString(),
        IdempotencyKey = $"{Status}:{requestId}:notice:{topic}",
        Lane = requestId,
    };

    public static string? RequestId(string payload) => Read(payload, "requestId");

    public static string? Read(string payload, string name) =>
        JsonNode.Parse(payload) is JsonObject json && json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
