namespace BotAlias.Core.Bulk.Planning;

/// <param name="Mailboxes">The mailboxes the list named, each once, in the order the list first named them.</param>
/// <param name="UnmatchedEntries">Entries that are no mailbox's UPN or address, in list order.</param>
public sealed record BulkTargetResolution(IReadOnlyList<BulkMailbox> Mailboxes, IReadOnlyList<string> UnmatchedEntries);
