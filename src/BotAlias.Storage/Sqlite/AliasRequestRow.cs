using BotAlias.Core.Addresses;
using BotAlias.Core.Requests;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// An <c>alias_requests</c> row as Dapper reads and writes it: enums by name, the address as text with its
/// lower-cased key, timestamps as <see cref="SqliteTimestamp"/> text.
/// </summary>
internal sealed class AliasRequestRow
{
    public string Id { get; set; } = "";

    public string TenantId { get; set; } = "";

    public string RequesterId { get; set; } = "";

    public string RequesterName { get; set; } = "";

    public string TargetId { get; set; } = "";

    public string TargetName { get; set; } = "";

    public string Address { get; set; } = "";

    public string AddressKey { get; set; } = "";

    public string Reason { get; set; } = "";

    public string? ReasonText { get; set; }

    public string ApproverKind { get; set; } = "";

    public string ApproverId { get; set; } = "";

    public string ApproverName { get; set; } = "";

    public string State { get; set; } = "";

    public long Version { get; set; }

    public string CreatedAt { get; set; } = "";

    public string UpdatedAt { get; set; } = "";

    public string? DecidedById { get; set; }

    public string? DecidedByName { get; set; }

    public string? DecisionComment { get; set; }

    public string? FailureReason { get; set; }

    public string? RequesterConversationId { get; set; }

    public string? OriginConversationId { get; set; }

    public string Kind { get; set; } = nameof(AliasRequestKind.Add);

    public string? StatusActivityId { get; set; }

    public string? ApprovalConversationId { get; set; }

    public string? ApprovalActivityId { get; set; }

    public string? SourceActivityKey { get; set; }

    public string? EscalatedToKind { get; set; }

    public string? EscalatedToId { get; set; }

    public string? EscalatedToName { get; set; }

    public static AliasRequestRow From(AliasRequest request) => new()
    {
        Id = request.Id,
        TenantId = request.TenantId,
        RequesterId = request.RequesterId,
        RequesterName = request.RequesterName,
        TargetId = request.TargetId,
        TargetName = request.TargetName,
        Address = request.Address.Value,
        AddressKey = SqliteAddressKey.For(request.Address.Value),
        Reason = request.Reason.ToString(),
        ReasonText = request.ReasonText,
        ApproverKind = request.Approver.Kind.ToString(),
        ApproverId = request.Approver.Id,
        ApproverName = request.Approver.DisplayName,
        State = request.State.ToString(),
        Version = request.Version,
        CreatedAt = SqliteTimestamp.ToText(request.CreatedAt),
        UpdatedAt = SqliteTimestamp.ToText(request.UpdatedAt),
        DecidedById = request.DecidedById,
        DecidedByName = request.DecidedByName,
        DecisionComment = request.DecisionComment,
        FailureReason = request.FailureReason,
        RequesterConversationId = request.RequesterConversationId,
        OriginConversationId = request.OriginConversationId,
        Kind = request.Kind.ToString(),
        StatusActivityId = request.StatusActivityId,
        ApprovalConversationId = request.ApprovalConversationId,
        ApprovalActivityId = request.ApprovalActivityId,
        SourceActivityKey = request.SourceActivityKey,
        EscalatedToKind = request.EscalatedTo?.Kind.ToString(),
        EscalatedToId = request.EscalatedTo?.Id,
        EscalatedToName = request.EscalatedTo?.DisplayName,
    };

    /// <summary>Refuses a request the table could not hold faithfully, naming the field.</summary>
    public static void RequireValid(AliasRequest request)
    {
        (string Name, string? Value)[] required =
        [
            (nameof(request.Id), request.Id),
            (nameof(request.TenantId), request.TenantId),
            (nameof(request.RequesterId), request.RequesterId),
            (nameof(request.RequesterName), request.RequesterName),
            (nameof(request.TargetId), request.TargetId),
            (nameof(request.TargetName), request.TargetName),
            ("Approver.Id", request.Approver?.Id),
            ("Approver.DisplayName", request.Approver?.DisplayName),
        ];
        foreach (var (name, value) in required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"An alias request needs its {name}; it was empty.", nameof(request));
            }
        }

        if (request.Address is null)
        {
            throw new ArgumentException($"Request {request.Id} needs an Address.", nameof(request));
        }

        if (request.Version < 1)
        {
            throw new ArgumentException($"Request {request.Id} has version {request.Version}; versions start at 1.", nameof(request));
        }

        if (request.SourceActivityKey is { } key && string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException($"Request {request.Id} has a blank SourceActivityKey; leave it null when there is none.", nameof(request));
        }

        RequireDefined(request, request.State);
        RequireDefined(request, request.Reason);
        RequireDefined(request, request.Approver!.Kind);
        if (request.EscalatedTo is { } escalated)
        {
            if (string.IsNullOrWhiteSpace(escalated.Id) || string.IsNullOrWhiteSpace(escalated.DisplayName))
            {
                throw new ArgumentException($"Request {request.Id} is escalated to someone without an id or name.", nameof(request));
            }

            RequireDefined(request, escalated.Kind);
        }
    }

    public AliasRequest ToRequest() => new()
    {
        Id = Id,
        TenantId = TenantId,
        RequesterId = RequesterId,
        RequesterName = RequesterName,
        TargetId = TargetId,
        TargetName = TargetName,
        Address = EmailAddress.Parse(Address),
        Reason = ParseEnum<AliasReason>(Reason, "reason"),
        ReasonText = ReasonText,
        Approver = new ApproverRoute(ParseEnum<ApproverKind>(ApproverKind, "approver_kind"), ApproverId, ApproverName),
        State = ParseEnum<RequestState>(State, "state"),
        Version = Version,
        CreatedAt = SqliteTimestamp.Parse(CreatedAt),
        UpdatedAt = SqliteTimestamp.Parse(UpdatedAt),
        DecidedById = DecidedById,
        DecidedByName = DecidedByName,
        DecisionComment = DecisionComment,
        FailureReason = FailureReason,
        RequesterConversationId = RequesterConversationId,
        OriginConversationId = OriginConversationId,
        Kind = Enum.Parse<AliasRequestKind>(Kind),
        StatusActivityId = StatusActivityId,
        ApprovalConversationId = ApprovalConversationId,
        ApprovalActivityId = ApprovalActivityId,
        SourceActivityKey = SourceActivityKey,
        EscalatedTo = EscalatedToKind is null || EscalatedToId is null
            ? null
            : new ApproverRoute(ParseEnum<ApproverKind>(EscalatedToKind, "escalated_to_kind"), EscalatedToId, EscalatedToName ?? EscalatedToId),
    };

    private static void RequireDefined<TEnum>(AliasRequest request, TEnum value)
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
                $"Request {Id} has {column} '{text}' in the database, which this build of BotAlias does not know.");
}
