namespace BotAlias.Core.Bulk.Planning;

/// <param name="Entries">Addresses and UPNs in list order, each once (domain lower-cased).</param>
/// <param name="Problems">One sentence per bad line ("line 7: ..."), capped; the last says how many more there were.</param>
/// <param name="DuplicateCount">Entries dropped because an earlier line had the same one (ignoring case).</param>
/// <param name="RowLimitExceeded">The list was longer than the parser takes: reading stopped there, so refuse the run.</param>
public sealed record BulkListParseResult(
    IReadOnlyList<string> Entries, IReadOnlyList<string> Problems, int DuplicateCount, bool RowLimitExceeded);
