namespace BotAlias.Core.Bulk;

/// <summary>Who a bulk run touches, as the admin chose it.</summary>
public sealed record BulkAudience
{
    public required BulkAudienceKind Kind { get; init; }

    /// <summary>For <see cref="BulkAudienceKind.Group"/>: the group's object id.</summary>
    public string? GroupId { get; init; }

    /// <summary>For <see cref="BulkAudienceKind.Group"/>: its name, for cards.</summary>
    public string? GroupName { get; init; }

    /// <summary>For <see cref="BulkAudienceKind.List"/>: how many entries the list had.</summary>
    public int ListEntryCount { get; init; }
}
