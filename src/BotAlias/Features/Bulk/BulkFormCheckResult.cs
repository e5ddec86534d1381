using BotAlias.Core.Bulk;

namespace BotAlias.Features.Bulk;

/// <summary>The form checked: either problems by input id, or who and what with the list (if any) saved.</summary>
public sealed record BulkFormCheckResult(IReadOnlyDictionary<string, string> Problems, BulkAudience? Audience, BulkChangeSpec? Change, string? ListId)
{
    public bool IsValid => Problems.Count == 0 && Audience is not null && Change is not null;
}
