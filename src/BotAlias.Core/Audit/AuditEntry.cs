namespace BotAlias.Core.Audit;

/// <summary>
/// One line of the append-only audit log: who did what, when, to which request and address, and the
/// state before and after. Entries are never updated or deleted.
/// </summary>
public sealed record AuditEntry
{
    public required DateTimeOffset At { get; init; }

    /// <summary>The directory id of the person, or "botalias" for the bot's own steps.</summary>
    public required string ActorId { get; init; }

    public required string ActorName { get; init; }

    /// <summary>A stable verb such as <c>request.created</c>, <c>request.approved</c>, <c>address.added</c>.</summary>
    public required string Action { get; init; }

    public string? RequestId { get; init; }

    /// <summary>The plain address concerned, lower-cased domain.</summary>
    public string? Address { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    public string? Details { get; init; }
}
