using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BotAlias.Core.Bulk;

namespace BotAlias.Storage.Sqlite;

/// <summary>
/// A <c>bulk_runs</c> row as Dapper reads and writes it: the state by name, timestamps as
/// <see cref="SqliteTimestamp"/> text, audience, change and approver as <see cref="BulkRunJsonContext"/> documents.
/// </summary>
internal sealed class BulkRunRow
{
    public string Id { get; set; } = "";

    public string TenantId { get; set; } = "";

    public string RequesterId { get; set; } = "";

    public string RequesterName { get; set; } = "";

    public string AudienceJson { get; set; } = "";

    public string ChangeJson { get; set; } = "";

    public string State { get; set; } = "";

    public string? ApproverJson { get; set; }

    public long Version { get; set; }

    public string CreatedAt { get; set; } = "";

    public string UpdatedAt { get; set; } = "";

    public string? DecidedById { get; set; }

    public string? DecidedByName { get; set; }

    public string? Reason { get; set; }

    public string? RequesterConversationId { get; set; }

    public string? StatusActivityId { get; set; }

    public string? SourceActivityKey { get; set; }

    public static BulkRunRow From(BulkRun run) => new()
    {
        Id = run.Id,
        TenantId = run.TenantId,
        RequesterId = run.RequesterId,
        RequesterName = run.RequesterName,
        AudienceJson = BulkRunJson.Serialize(run.Audience, BulkRunJsonContext.Default.BulkAudience),
        ChangeJson = BulkRunJson.Serialize(run.Change, BulkRunJsonContext.Default.BulkChangeSpec),
        State = run.State.ToString(),
        ApproverJson = run.Approver is null ? null : BulkRunJson.Serialize(run.Approver, BulkRunJsonContext.Default.ApproverRoute),
        Version = run.Version,
        CreatedAt = SqliteTimestamp.ToText(run.CreatedAt),
        UpdatedAt = SqliteTimestamp.ToText(run.UpdatedAt),
        DecidedById = run.DecidedById,
        DecidedByName = run.DecidedByName,
        Reason = run.Reason,
        RequesterConversationId = run.RequesterConversationId,
        StatusActivityId = run.StatusActivityId,
        SourceActivityKey = run.SourceActivityKey,
    };

    /// <summary>Refuses a run the table could not hold faithfully, naming the field.</summary>
    public static void RequireValid(BulkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        (string Name, string? Value)[] required =
        [
            (nameof(run.Id), run.Id),
            (nameof(run.TenantId), run.TenantId),
            (nameof(run.RequesterId), run.RequesterId),
            (nameof(run.RequesterName), run.RequesterName),
        ];
        foreach (var (name, value) in required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"A bulk run needs its {name}; it was empty.", nameof(run));
            }
        }

        if (run.Audience is null || run.Change is null)
        {
            throw new ArgumentException($"Bulk run {run.Id} needs its {(run.Audience is null ? nameof(run.Audience) : nameof(run.Change))}; it was null.", nameof(run));
        }

        if (run.Version < 1)
        {
            throw new ArgumentException($"Bulk run {run.Id} has version {run.Version}; versions start at 1.", nameof(run));
        }

        if (run.SourceActivityKey is { } key && string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException($"Bulk run {run.Id} has a blank SourceActivityKey; leave it null when there is none.", nameof(run));
        }

        RequireDefined(run, run.State);
        RequireDefined(run, run.Audience.Kind);
        RequireDefined(run, run.Change.Kind);
        if (run.Approver is { } approver)
        {
            RequireDefined(run, approver.Kind);
        }
    }

    public BulkRun ToRun() => new()
    {
        Id = Id,
        TenantId = TenantId,
        RequesterId = RequesterId,
        RequesterName = RequesterName,
        Audience = ParseJson(AudienceJson, BulkRunJsonContext.Default.BulkAudience, "audience_json"),
        Change = ParseJson(ChangeJson, BulkRunJsonContext.Default.BulkChangeSpec, "change_json"),
        State = ParseState(),
        Approver = ApproverJson is null ? null : ParseJson(ApproverJson, BulkRunJsonContext.Default.ApproverRoute, "approver_json"),
        Version = Version,
        CreatedAt = SqliteTimestamp.Parse(CreatedAt),
        UpdatedAt = SqliteTimestamp.Parse(UpdatedAt),
        DecidedById = DecidedById,
        DecidedByName = DecidedByName,
        Reason = Reason,
        RequesterConversationId = RequesterConversationId,
        StatusActivityId = StatusActivityId,
        SourceActivityKey = SourceActivityKey,
    };

    private static void RequireDefined<TEnum>(BulkRun run, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"Bulk run {run.Id} has {typeof(TEnum).Name} {value}, which is not a known value.", nameof(run));
        }
    }

    // A name this build does not know means a newer build wrote the row; say so rather than guess.
    private BulkRunState ParseState() =>
        Enum.TryParse<BulkRunState>(State, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidOperationException(
                $"Bulk run {Id} has state '{State}' in the database, which this build of BotAlias does not know.");

    private T ParseJson<T>(string json, JsonTypeInfo<T> typeInfo, string column)
    {
        try
        {
            return BulkRunJson.Deserialize(json, typeInfo);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException(
                $"Bulk run {Id} has {column} in the database that this build of BotAlias cannot read: {exception.Message}",
                exception);
        }
    }
}
