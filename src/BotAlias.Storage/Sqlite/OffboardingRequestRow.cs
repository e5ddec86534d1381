using System.Text.Json;
using BotAlias.Core.Offboarding;
using BotAlias.Core.Offboarding.Execution;
using BotAlias.Core.Requests;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// An <c>offboarding_requests</c> row as Dapper reads and writes it: enums by name, timestamps as
/// <see cref="SqliteTimestamp"/> text, the options and the plan state as <see cref="OffboardingJson"/> documents.
/// The leaver and colleague ids are copied out of the options so they can be searched.
/// </summary>
internal sealed class OffboardingRequestRow
{
    public string Id { get; set; } = "";

    public string TenantId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string? ReversesRequestId { get; set; }

    public string RequesterId { get; set; } = "";

    public string RequesterName { get; set; } = "";

    public string LeaverId { get; set; } = "";

    public string LeaverName { get; set; } = "";

    public string? ColleagueId { get; set; }

    public string? ColleagueName { get; set; }

    public string ApproverKind { get; set; } = "";

    public string ApproverId { get; set; } = "";

    public string ApproverName { get; set; } = "";

    public string State { get; set; } = "";

    public long Version { get; set; }

    public string CreatedAt { get; set; } = "";

    public string UpdatedAt { get; set; } = "";

    public string? DecidedById { get; set; }

    public string? DecidedByName { get; set; }

    public string? FailureReason { get; set; }

    public string? RequesterConversationId { get; set; }

    public string? StatusActivityId { get; set; }

    public string? ApprovalConversationId { get; set; }

    public string? ApprovalActivityId { get; set; }

    public string? SourceActivityKey { get; set; }

    public string OptionsJson { get; set; } = "";

    public string? PlanStateJson { get; set; }

    public static OffboardingRequestRow From(OffboardingRequest request) => new()
    {
        Id = request.Id,
        TenantId = request.TenantId,
        Kind = request.Kind.ToString(),
        ReversesRequestId = request.ReversesRequestId,
        RequesterId = request.RequesterId,
        RequesterName = request.RequesterName,
        LeaverId = request.Options.LeaverId,
        LeaverName = request.LeaverName,
        ColleagueId = request.Options.ColleagueId,
        ColleagueName = request.ColleagueName,
        ApproverKind = request.Approver.Kind.ToString(),
        ApproverId = request.Approver.Id,
        ApproverName = request.Approver.DisplayName,
        State = request.State.ToString(),
        Version = request.Version,
        CreatedAt = SqliteTimestamp.ToText(request.CreatedAt),
        UpdatedAt = SqliteTimestamp.ToText(request.UpdatedAt),
        DecidedById = request.DecidedById,
        DecidedByName = request.DecidedByName,
        FailureReason = request.FailureReason,
        RequesterConversationId = request.RequesterConversationId,
        StatusActivityId = request.StatusActivityId,
        ApprovalConversationId = request.ApprovalConversationId,
        ApprovalActivityId = request.ApprovalActivityId,
        SourceActivityKey = request.SourceActivityKey,
        OptionsJson = OffboardingJson.Serialize(request.Options),
        PlanStateJson = request.Plan is null ? null : OffboardingJson.Serialize(request.Plan),
    };

    /// <summary>Refuses a request the table could not hold faithfully, naming the field.</summary>
    public static void RequireValid(OffboardingRequest request)
    {
        (string Name, string? Value)[] required =
        [
            (nameof(request.Id), request.Id),
            (nameof(request.TenantId), request.TenantId),
            (nameof(request.RequesterId), request.RequesterId),
            (nameof(request.RequesterName), request.RequesterName),
            (nameof(request.LeaverName), request.LeaverName),
            ("Options.LeaverId", request.Options?.LeaverId),
            ("Approver.Id", request.Approver?.Id),
            ("Approver.DisplayName", request.Approver?.DisplayName),
        ];
        foreach (var (name, value) in required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"An offboarding request needs its {name}; it was empty.", nameof(request));
            }
        }

        if (request.Options!.ColleagueId is { } colleague && string.IsNullOrWhiteSpace(colleague))
        {
            throw new ArgumentException($"Request {request.Id} has a blank Options.ColleagueId; leave it null when there is none.", nameof(request));
        }

        if (request.Version < 1)
        {
            throw new ArgumentException($"Request {request.Id} has version {request.Version}; versions start at 1.", nameof(request));
        }

        if (request.SourceActivityKey is { } key && string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException($"Request {request.Id} has a blank SourceActivityKey; leave it null when there is none.", nameof(request));
        }

        RequireDefined(request, request.Kind);
        RequireDefined(request, request.State);
        RequireDefined(request, request.Approver!.Kind);
        if (request.Kind == OffboardingRequestKind.Reversal && string.IsNullOrWhiteSpace(request.ReversesRequestId))
        {
            throw new ArgumentException($"Reversal {request.Id} needs ReversesRequestId, the offboarding it undoes.", nameof(request));
        }
    }

    public OffboardingRequest ToRequest() => new()
    {
        Id = Id,
        TenantId = TenantId,
        Kind = ParseEnum<OffboardingRequestKind>(Kind, "kind"),
        ReversesRequestId = ReversesRequestId,
        RequesterId = RequesterId,
        RequesterName = RequesterName,
        LeaverName = LeaverName,
        ColleagueName = ColleagueName,
        Options = ParseJson(OptionsJson, OffboardingJson.DeserializeOptions, "options_json"),
        Approver = new ApproverRoute(ParseEnum<ApproverKind>(ApproverKind, "approver_kind"), ApproverId, ApproverName),
        State = ParseEnum<OffboardingRequestState>(State, "state"),
        Plan = PlanStateJson is null ? null : ParseJson(PlanStateJson, OffboardingJson.DeserializeState, "plan_state_json"),
        Version = Version,
        CreatedAt = SqliteTimestamp.Parse(CreatedAt),
        UpdatedAt = SqliteTimestamp.Parse(UpdatedAt),
        DecidedById = DecidedById,
        DecidedByName = DecidedByName,
        FailureReason = FailureReason,
        RequesterConversationId = RequesterConversationId,
        StatusActivityId = StatusActivityId,
        ApprovalConversationId = ApprovalConversationId,
        ApprovalActivityId = ApprovalActivityId,
        SourceActivityKey = SourceActivityKey,
    };

    public OpenOffboardingRequest ToOpenRequest() => new(Id, LeaverId, LeaverName, ColleagueId, ColleagueName);

    private static void RequireDefined<TEnum>(OffboardingRequest request, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"Request {request.Id} has {typeof(TEnum).Name} {value}, which is not a known value.", nameof(request));
        }
    }

    // A name this build does not know means a newer build wrote the row; say so rather than guess.
    private TEnum ParseEnum<TEnum>(string text, string column)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidOperationException(
                $"Offboarding request {Id} has {column} '{text}' in the database, which this build of BotAlias does not know.");

    private T ParseJson<T>(string json, Func<string, T> parse, string column)
    {
        try
        {
            return parse(json);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException(
                $"Offboarding request {Id} has {column} in the database that this build of BotAlias cannot read: {exception.Message}",
                exception);
        }
    }
}
