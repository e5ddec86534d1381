namespace BotAlias.Core.Bulk.Execution;

/// <summary>The admin's "accept suggestions": conflicts that have a free alternative become pending with it.</summary>
public static class BulkSuggestionAcceptance
{
    /// <summary>
    /// One update per conflict that has a suggestion: pending, with the suggestion as its address. For a primary
    /// switch the suggestion is the new primary; it was held by nobody, so the switch still adds it and undo
    /// removes it again (<see cref="BulkItem.AddsAddress"/> stays true). Conflicts without a suggestion stay.
    /// </summary>
    public static IReadOnlyList<BulkItemUpdate> Accept(IEnumerable<BulkItem> items, DateTimeOffset at) =>
        items.Where(item => item is { Status: BulkItemStatus.Conflict, Suggestion: not null, MailboxId: not null })
            .Select(item => new BulkItemUpdate(item.Sequence, BulkItemStatus.Pending, Reason: null, Attempts: 0, at) { Address = item.Suggestion })
            .ToList();
}
