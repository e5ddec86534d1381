namespace BotAlias.Features.Bulk.Cards;

/// <summary>How fast the run has been going lately, in items a second; the progress card turns it into time left.</summary>
public sealed record BulkProgressRate(double PerSecond);
