namespace BotAlias.Core.Bulk.Planning;

/// <summary>One piece of a pattern's local part: fixed text, or a placeholder.</summary>
public readonly record struct BulkPatternPart(string? Literal, BulkPlaceholder? Placeholder);
